import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router.tsx';
import './search.css';

/**
 * The search field. On the search screen it is controlled and searches as you type; elsewhere
 * (the home screen) it is a plain form that opens the search screen — and works without script.
 */
export function SearchForm({ value, onChange }: { value?: string; onChange?: (value: string) => void }) {
  const { t } = useTranslation('search');
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    navigate(`/search?q=${encodeURIComponent(typeof q === 'string' ? q : '')}`);
  };
  return (
    <form role="search" action="/search" method="get" className="search-form" onSubmit={submit}>
      <label htmlFor={id}>{t('label')}</label>
      <div className="search-row">
        <input
          id={id}
          name="q"
          type="search"
          enterKeyHint="search"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('placeholder')}
          {...(onChange ? { value, onChange: (e) => onChange(e.target.value) } : { defaultValue: value })}
        />
        <button type="submit">{t('submit')}</button>
      </div>
    </form>
  );
}
