import { useTranslation } from 'react-i18next';
import type { MeasureFilter, MeasureSort } from '../../../../shared/catalog/index.ts';
import { ListState } from '../../app/ListState.tsx';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { VirtualList } from '../../app/VirtualList.tsx';
import { measuresHref, parseMeasureParams } from './filter-params.ts';
import { MeasureFilters } from './MeasureFilters.tsx';
import { MeasureRow } from './MeasureRow.tsx';
import { useMeasures } from './queries.ts';

export function MeasureListScreen() {
  const { t } = useTranslation('measures');
  const { search } = useLocation();
  const { filter, sort, ignored } = parseMeasureParams(search);
  const page = useMeasures(filter, sort);
  // Filters replace the current history entry: "back" leaves the list instead of undoing each filter.
  const change = (next: MeasureFilter, nextSort: MeasureSort) =>
    navigate(measuresHref(next, nextSort), { replace: true });
  const data = page.data;
  const filtered = data !== undefined && data.measures.length !== data.catalogSize;

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {ignored && <p className="note">{t('filters.ignored')}</p>}
      <MeasureFilters filter={filter} sort={sort} page={data} onChange={change} />
      <p role="status" className="result-count" data-testid="measure-count">
        {data &&
          data.catalogSize > 0 &&
          (filtered
            ? t('countOf', { count: data.measures.length, total: data.catalogSize })
            : t('count', { count: data.measures.length }))}
      </p>
      <ListState
        query={page}
        count={(d) => d.measures.length}
        empty={
          data && data.catalogSize > 0 ? (
            <p>
              {t('empty')} <Link href={measuresHref({}, sort)}>{t('filters.reset')}</Link>
            </p>
          ) : (
            <p>{t('emptyCatalog')}</p>
          )
        }
      >
        {data && (
          <VirtualList
            items={data.measures}
            getKey={(m) => m.id}
            label={t('listLabel')}
            className="measure-list-rows"
            testId="measure-list"
            estimateRem={7}
            renderItem={(measure) => (
              <MeasureRow measure={measure} partner={data.partnerById.get(measure.partnerId)} />
            )}
          />
        )}
      </ListState>
    </>
  );
}
