import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CATEGORY_IDS,
  FILTER_FIELDS,
  MEASURE_SORTS,
  PARTNER_KINDS,
  REGIONS,
  reportingYearLabel,
  type FilterField,
  type MeasureFilter,
  type MeasureSort,
} from '../../../../shared/catalog/index.ts';
import type { MeasurePage } from '../../data/index.ts';

interface Props {
  filter: MeasureFilter;
  sort: MeasureSort;
  page: MeasurePage | undefined;
  onChange: (filter: MeasureFilter, sort: MeasureSort) => void;
}

/** Filters that combine, each choice with the number of measures it would give; and the sort. */
export function MeasureFilters({ filter, sort, page, onChange }: Props) {
  const { t } = useTranslation(['measures', 'common']);
  const id = useId();
  const active = FILTER_FIELDS.filter((field) => filter[field] !== undefined);
  const facets = page?.facets;
  const withCount = (label: string, field: FilterField, value: unknown) => {
    const count = facets ? ((facets[field] as Map<unknown, number>).get(value) ?? 0) : null;
    return count === null ? label : t('filters.option', { label, count });
  };
  const partners = page
    ? [...page.partnerById.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'))
    : [];
  const years = page?.years ?? (filter.year ? [filter.year] : []);

  const set = (field: FilterField, raw: string) => {
    const next: MeasureFilter = { ...filter };
    if (raw === '') delete next[field];
    else if (field === 'category' || field === 'year') (next as Record<string, unknown>)[field] = Number(raw);
    else (next as Record<string, unknown>)[field] = raw;
    onChange(next, sort);
  };

  const labelOf = (field: FilterField): string => {
    const value = filter[field];
    switch (field) {
      case 'category':
        return t(`common:categories.${filter.category!}.short`);
      case 'partnerId':
        return page?.partnerById.get(String(value))?.name ?? String(value);
      case 'kind':
        return t(`common:kinds.${filter.kind!}`);
      case 'region':
        return t(`common:regions.${filter.region!}`);
      case 'year':
        return reportingYearLabel(Number(value));
    }
  };

  const select = (
    field: FilterField,
    label: string,
    options: { value: string; label: string; raw: unknown }[],
  ) => (
    <div className="filter-field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <select
        id={`${id}-${field}`}
        value={filter[field] === undefined ? '' : String(filter[field])}
        onChange={(e) => set(field, e.target.value)}
      >
        <option value="">{t('filters.all')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {withCount(option.label, field, option.raw)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="measure-filters">
      <details open={active.length > 0 || undefined}>
        <summary>
          {t('filters.heading')}
          {active.length > 0 && (
            <span className="count"> · {t('filters.active', { count: active.length })}</span>
          )}
        </summary>
        <div className="filter-grid">
          {select(
            'category',
            t('filters.category'),
            CATEGORY_IDS.map((c) => ({
              value: String(c),
              raw: c,
              label: `${c} ${t(`common:categories.${c}.short`)}`,
            })),
          )}
          {select(
            'kind',
            t('filters.kind'),
            PARTNER_KINDS.map((k) => ({ value: k, raw: k, label: t(`common:kinds.${k}`) })),
          )}
          {select(
            'region',
            t('filters.region'),
            REGIONS.map((r) => ({ value: r, raw: r, label: t(`common:regions.${r}`) })),
          )}
          {select(
            'partnerId',
            t('filters.partner'),
            partners.map((p) => ({ value: p.id, raw: p.id, label: p.name })),
          )}
          {select(
            'year',
            t('filters.year'),
            years.map((y) => ({ value: String(y), raw: y, label: reportingYearLabel(y) })),
          )}
          <div className="filter-field">
            <label htmlFor={`${id}-sort`}>{t('filters.sort')}</label>
            <select
              id={`${id}-sort`}
              value={sort}
              onChange={(e) => onChange(filter, e.target.value as MeasureSort)}
            >
              {MEASURE_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`filters.sortBy.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </details>
      {active.length > 0 && (
        <ul className="filter-chips" aria-label={t('filters.activeLabel')}>
          {active.map((field) => (
            <li key={field}>
              <button
                type="button"
                className="chip"
                onClick={() => set(field, '')}
                aria-label={t('filters.remove', { label: labelOf(field) })}
              >
                <span lang={field === 'partnerId' ? 'de' : undefined}>{labelOf(field)}</span>
                <span aria-hidden="true"> ×</span>
              </button>
            </li>
          ))}
          {active.length > 1 && (
            <li>
              <button type="button" className="secondary" onClick={() => onChange({}, sort)}>
                {t('filters.reset')}
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
