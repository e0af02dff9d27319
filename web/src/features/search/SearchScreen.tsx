import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { SearchForm } from './SearchForm.tsx';
import { SearchResults } from './SearchResults.tsx';
import { usePrepareSearch, useSearch } from './queries.ts';

const EXAMPLES = ['Fortbildung', 'Sprachmittler', 'Ausbildung', 'Polizei'];

export function SearchScreen() {
  const { t } = useTranslation('search');
  const { search } = useLocation();
  const fromUrl = search.get('q') ?? '';
  const [text, setText] = useState(fromUrl);
  const [seenUrl, setSeenUrl] = useState(fromUrl);
  // The back button or a link may bring a different query: the field follows the URL.
  if (fromUrl !== seenUrl) {
    setSeenUrl(fromUrl);
    setText(fromUrl);
  }
  usePrepareSearch();
  // Typing stays immediate; the results follow as soon as the page is free (no jank per keystroke).
  const query = useDeferredValue(text);
  const results = useSearch(query);

  const change = (value: string) => {
    setText(value);
    setSeenUrl(value);
    // The query lives in the URL (reload and deep links keep it) without a history entry per keystroke.
    navigate(value ? `/search?q=${encodeURIComponent(value)}` : '/search', { replace: true });
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <SearchForm value={text} onChange={change} />
      {text.trim() === '' ? (
        <div className="search-hint">
          <p>{t('hint')}</p>
          <p>
            {t('examples')}{' '}
            {EXAMPLES.map((example, index) => (
              <span key={example}>
                {index > 0 && ', '}
                <Link href={`/search?q=${encodeURIComponent(example)}`} lang="de">
                  {example}
                </Link>
              </span>
            ))}
          </p>
        </div>
      ) : (
        <SearchResults query={query} results={results} stale={query !== text || results.isPlaceholderData} />
      )}
    </>
  );
}
