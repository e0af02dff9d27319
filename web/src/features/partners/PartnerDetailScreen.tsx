import { useTranslation } from 'react-i18next';
import { CATEGORY_IDS, type Measure } from '../../../../shared/catalog/index.ts';
import { BackIcon } from '../../app/icons.tsx';
import { CategoryBadge } from '../../app/CategoryBadge.tsx';
import { ListState } from '../../app/ListState.tsx';
import { Link } from '../../app/router.tsx';
import { Original, SOURCE_LANGUAGE, PLAIN_GERMAN } from '../../i18n/index.ts';
import { measuresHref } from '../measures/index.ts';
import { usePartner, usePartnerMeasures } from './queries.ts';
import './partners.css';

export function PartnerDetailScreen({ id }: { id: string }) {
  const { t, i18n } = useTranslation(['partners', 'common']);
  const partner = usePartner(id);
  const measures = usePartnerMeasures(id);

  if (partner.isSuccess && !partner.data) {
    return (
      <>
        <h1>{t('notFoundTitle')}</h1>
        <p>{t('notFound')}</p>
        <Link href="/partners">{t('backToList')}</Link>
      </>
    );
  }
  const byCategory = CATEGORY_IDS.map((category) => ({
    category,
    items: (measures.data ?? []).filter((m) => m.category === category),
  }));
  // Measures have German and English summaries: German readers (plain German too) get the
  // original, everyone else the English one where it exists.
  const english = i18n.language !== SOURCE_LANGUAGE && i18n.language !== PLAIN_GERMAN;

  return (
    <>
      <p className="breadcrumb">
        <Link href="/partners">
          <BackIcon /> {t('backToList')}
        </Link>
      </p>
      <h1>{partner.data ? <Original>{partner.data.name}</Original> : '…'}</h1>
      {partner.data && (
        <dl className="facts">
          <dt>{t('kind')}</dt>
          <dd>
            <Link href={measuresHref({ kind: partner.data.kind })}>
              {t(`common:kinds.${partner.data.kind}`)}
            </Link>
          </dd>
          <dt>{t('region')}</dt>
          <dd>
            {t(`common:regions.${partner.data.region}`)}
            {partner.data.seat && (
              <>
                {' · '}
                <Original>{partner.data.seat}</Original>
              </>
            )}
          </dd>
          {partner.data.website && (
            <>
              <dt>{t('website')}</dt>
              <dd>
                <a href={partner.data.website} rel="noopener noreferrer" target="_blank" className="external">
                  {/* A web address is no language: isolated left-to-right, not marked as German or the UI's. */}
                  <span dir="ltr" lang="zxx" translate="no">
                    {new URL(partner.data.website).host}
                  </span>
                  <span className="visually-hidden"> {t('opensNewTab')}</span>
                </a>
              </dd>
            </>
          )}
          <dt>{t('measures')}</dt>
          <dd>
            <Link href={measuresHref({ partnerId: id })}>
              {t('measureCount', { count: measures.data?.length ?? 0 })}
            </Link>
          </dd>
        </dl>
      )}
      <ListState query={measures} empty={<p>{t('noMeasures')}</p>}>
        <section aria-labelledby="by-category">
          <h2 id="by-category">{t('byCategory')}</h2>
          <ul className="category-counts" data-testid="category-counts">
            {byCategory.map(({ category, items }) => (
              <li key={category}>
                <CategoryBadge category={category} />
                {items.length > 0 ? (
                  <Link href={measuresHref({ partnerId: id, category })}>
                    {t(`common:categories.${category}.short`)}
                  </Link>
                ) : (
                  <span>{t(`common:categories.${category}.short`)}</span>
                )}
                <span className="count">{t('measureCount', { count: items.length })}</span>
              </li>
            ))}
          </ul>
        </section>
        {byCategory
          .filter((group) => group.items.length > 0)
          .map(({ category, items }) => (
            <section key={category} aria-labelledby={`cat-${category}`} className="group">
              <h2 id={`cat-${category}`}>
                <CategoryBadge category={category} /> {t(`common:categories.${category}.short`)}{' '}
                <span className="count">({items.length})</span>
              </h2>
              <ul className="measure-list">
                {items.map((measure) => (
                  <MeasureItem key={measure.id} measure={measure} english={english} />
                ))}
              </ul>
            </section>
          ))}
      </ListState>
    </>
  );
}

function MeasureItem({ measure, english }: { measure: Measure; english: boolean }) {
  const summary = english && measure.summaryEn ? measure.summaryEn : measure.summaryDe;
  return (
    <li className="measure" data-testid="measure">
      <h3>
        <Link href={`/measures/${encodeURIComponent(measure.id)}`}>
          <Original>{measure.titleDe}</Original>
        </Link>
      </h3>
      {/* A paragraph in another language than the screen's keeps its own direction and alignment. */}
      {summary && (
        <p lang={english && measure.summaryEn ? 'en' : 'de'} dir="ltr">
          {summary}
        </p>
      )}
    </li>
  );
}
