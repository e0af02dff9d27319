import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure, Partner } from '../../../../shared/catalog/index.ts';
import { highlight, snippet } from '../../../../shared/search/index.ts';
import { ListState } from '../../app/ListState.tsx';
import { Link } from '../../app/router.tsx';
import { VirtualList } from '../../app/VirtualList.tsx';
import type { CatalogSearchResult } from '../../data/index.ts';
import { MeasureRow } from '../measures/index.ts';
import { Highlighted } from './Highlighted.tsx';
import { useSettled } from './use-settled.ts';

const PARTNERS_SHOWN = 4;

export function SearchResults({
  query,
  results,
  stale,
}: {
  query: string;
  results: UseQueryResult<CatalogSearchResult>;
  stale: boolean;
}) {
  const { t } = useTranslation('search');
  const data = results.data;
  const status = data?.query.status;
  const summary =
    status === 'ok' && data
      ? t('summary', {
          measures: t('measureCount', { count: data.measures.length }),
          partners: t('partnerCount', { count: data.partners.length }),
          query: query.slice(0, 80),
        })
      : '';
  const announced = useSettled(summary);

  return (
    <div className={stale ? 'search-results is-stale' : 'search-results'} aria-busy={stale}>
      <p className="visually-hidden" role="status">
        {announced}
      </p>
      {data?.query.truncated && <p className="note">{t('truncated')}</p>}
      {data?.fuzzy && data.measures.length + data.partners.length > 0 && <p className="note">{t('fuzzy')}</p>}
      {status === 'no-words' && <p className="note">{t('noWords')}</p>}
      {status === 'only-common-words' && <p className="note">{t('onlyCommonWords')}</p>}
      {status === 'too-short' && <p className="search-hint">{t('tooShort')}</p>}
      {status === 'ok' && (
        <ListState
          query={results}
          count={(d) => d.measures.length + d.partners.length}
          empty={
            <>
              <p>{t('noResults', { query: query.slice(0, 80) })}</p>
              <p>
                {t('noResultsHelp')} <Link href="/measures">{t('browseAll')}</Link>
              </p>
            </>
          }
        >
          {data && <Hits data={data} />}
        </ListState>
      )}
      {!data && results.isPending && <p role="status">{t('preparing')}</p>}
      {results.isError && <p role="alert">{t('error')}</p>}
    </div>
  );
}

function Hits({ data }: { data: CatalogSearchResult }) {
  const { t } = useTranslation('search');
  const [allPartners, setAllPartners] = useState(false);
  const partners = allPartners ? data.partners : data.partners.slice(0, PARTNERS_SHOWN);
  return (
    <>
      <p className="result-count" aria-hidden="true">
        {t('measureCount', { count: data.measures.length })}
        {data.partners.length > 0 && ` · ${t('partnerCount', { count: data.partners.length })}`}
      </p>
      {data.partners.length > 0 && (
        <section aria-labelledby="partner-hits">
          <h2 id="partner-hits">
            {t('partners')} <span className="count">({data.partners.length})</span>
          </h2>
          <ul className="card-list" data-testid="partner-hits">
            {partners.map((partner) => (
              <li key={partner.id}>
                <PartnerHit partner={partner} terms={data.terms} />
              </li>
            ))}
          </ul>
          {data.partners.length > PARTNERS_SHOWN && (
            <button
              type="button"
              className="secondary show-more"
              onClick={() => setAllPartners(!allPartners)}
            >
              {allPartners ? t('showFewer') : t('showAllPartners', { count: data.partners.length })}
            </button>
          )}
        </section>
      )}
      {data.measures.length > 0 && (
        <section aria-labelledby="measure-hits">
          <h2 id="measure-hits">
            {t('measures')} <span className="count">({data.measures.length})</span>
          </h2>
          <VirtualList
            items={data.measures}
            getKey={(measure) => measure.id}
            label={t('measures')}
            className="measure-list-rows"
            testId="measure-hits"
            estimateRem={10}
            renderItem={(measure) => (
              <MeasureHit
                measure={measure}
                terms={data.terms}
                partner={data.partnerById.get(measure.partnerId)}
              />
            )}
          />
        </section>
      )}
    </>
  );
}

function PartnerHit({ partner, terms }: { partner: Partner; terms: ReadonlySet<string> }) {
  const { t } = useTranslation('common');
  return (
    <Link className="card" href={`/partners/${encodeURIComponent(partner.id)}`}>
      <span className="card-title" lang="de">
        <Highlighted segments={highlight(partner.name, terms)} />
      </span>
      <span className="card-meta">
        {t(`kinds.${partner.kind}`)} · <span lang="de">{partner.seat}</span>
      </span>
    </Link>
  );
}

function MeasureHit({
  measure,
  terms,
  partner,
}: {
  measure: Measure;
  terms: ReadonlySet<string>;
  partner: Partner | undefined;
}) {
  const { i18n } = useTranslation();
  const german = snippet(measure.summaryDe, terms);
  const english = snippet(measure.summaryEn, terms);
  // The excerpt shows where the words were found; in the English interface, the English summary by default.
  const useEnglish = german.some((s) => s.match)
    ? english.some((s) => s.match) && i18n.language !== 'de'
    : english.some((s) => s.match) || (i18n.language !== 'de' && english.length > 0);
  return (
    <MeasureRow
      measure={measure}
      partner={partner}
      title={<Highlighted segments={highlight(measure.titleDe, terms)} />}
      excerpt={
        <span lang={useEnglish ? 'en' : 'de'}>
          <Highlighted segments={useEnglish ? english : german} />
        </span>
      }
    />
  );
}
