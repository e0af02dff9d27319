import { useTranslation } from 'react-i18next';
import { reportingYearLabel, type Measure } from '../../../../shared/catalog/index.ts';
import { CategoryBadge } from '../../app/CategoryBadge.tsx';
import { ListState } from '../../app/ListState.tsx';
import { Link } from '../../app/router.tsx';
import { measuresHref } from './filter-params.ts';
import { useMeasure } from './queries.ts';

/** Related measures shown before "all of this partner's measures" links to the filtered list. */
const RELATED_SHOWN = 8;

export function MeasureDetailScreen({ id }: { id: string }) {
  const { t, i18n } = useTranslation(['measures', 'common']);
  const query = useMeasure(id);

  if (query.isSuccess && !query.data) {
    return (
      <>
        <h1>{t('detail.notFoundTitle')}</h1>
        <p>{t('detail.notFound')}</p>
        <p>
          <Link href="/measures">{t('detail.back')}</Link> ·{' '}
          <Link href="/search">{t('detail.toSearch')}</Link>
        </p>
      </>
    );
  }
  const detail = query.data;
  const measure = detail?.measure;
  const partner = detail?.partner;
  const english = i18n.language !== 'de';
  const summaries = measure
    ? [
        { lang: 'de', heading: t('detail.summaryDe'), text: measure.summaryDe },
        { lang: 'en', heading: t('detail.summaryEn'), text: measure.summaryEn },
      ].filter((s) => s.text)
    : [];
  // Readers of the English interface get the English summary first, the German original after it.
  if (english) summaries.reverse();

  return (
    <article className="measure-detail">
      <p className="breadcrumb">
        <Link href="/measures">
          <span className="icon-back" aria-hidden="true" /> {t('detail.back')}
        </Link>
      </p>
      <h1 lang="de">{measure?.titleDe ?? t('common:state.loading')}</h1>
      {query.isError && <p role="alert">{t('common:state.error')}</p>}
      {measure && (
        <>
          <dl className="facts">
            <dt>{t('detail.partner')}</dt>
            <dd>
              {partner ? (
                <Link href={`/partners/${encodeURIComponent(partner.id)}`} lang="de">
                  {partner.name}
                </Link>
              ) : (
                measure.partnerId
              )}
            </dd>
            <dt>{t('detail.category')}</dt>
            <dd>
              <Link href={measuresHref({ category: measure.category })} className="category-link">
                <CategoryBadge category={measure.category} />{' '}
                {t(`common:categories.${measure.category}.long`)}
              </Link>
            </dd>
            <dt>{t('detail.year')}</dt>
            <dd>{reportingYearLabel(measure.reportingYear)}</dd>
            {measure.unit && (
              <>
                <dt>{t('detail.unit')}</dt>
                <dd lang="de">{measure.unit}</dd>
              </>
            )}
            {measure.sourceLine !== null && (
              <>
                <dt>{t('detail.source')}</dt>
                <dd data-testid="source-ref">
                  {t('detail.sourceRef', {
                    edition: reportingYearLabel(measure.reportingYear),
                    line: measure.sourceLine,
                  })}
                </dd>
              </>
            )}
          </dl>
          {summaries.length === 0 && <p>{t('detail.noSummary')}</p>}
          {summaries.map((summary) => (
            <section key={summary.lang} aria-labelledby={`summary-${summary.lang}`}>
              <h2 id={`summary-${summary.lang}`}>{summary.heading}</h2>
              <p lang={summary.lang}>{summary.text}</p>
            </section>
          ))}
          {measure.figures.length > 0 && (
            <section aria-labelledby="figures">
              <h2 id="figures">{t('detail.figures')}</h2>
              <ul className="figures">
                {measure.figures.map((figure, index) => (
                  <li key={index}>{figure}</li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="related">
            <h2 id="related">{t('detail.related', { partner: partner?.name ?? measure.partnerId })}</h2>
            <ListState
              query={query}
              count={(d) => d?.related.length ?? 0}
              empty={<p>{t('detail.noRelated')}</p>}
            >
              <RelatedList
                related={detail.related}
                partnerId={measure.partnerId}
                partnerName={partner?.name ?? ''}
              />
            </ListState>
          </section>
        </>
      )}
    </article>
  );
}

function RelatedList({
  related,
  partnerId,
  partnerName,
}: {
  related: Measure[];
  partnerId: string;
  partnerName: string;
}) {
  const { t } = useTranslation(['measures', 'common']);
  return (
    <>
      <ul className="related-list" data-testid="related">
        {related.slice(0, RELATED_SHOWN).map((m) => (
          <li key={m.id}>
            <Link href={`/measures/${encodeURIComponent(m.id)}`} className="related-link">
              <CategoryBadge category={m.category} /> <span lang="de">{m.titleDe}</span>
              <span className="visually-hidden"> ({t(`common:categories.${m.category}.short`)})</span>
            </Link>
          </li>
        ))}
      </ul>
      {related.length > RELATED_SHOWN && (
        <p>
          <Link href={measuresHref({ partnerId })}>
            {t('detail.relatedAll', { count: related.length + 1, partner: partnerName })}
          </Link>
        </p>
      )}
    </>
  );
}
