import { useTranslation } from 'react-i18next';
import { ACTIVITY_STATUSES } from '../../../../shared/activities/index.ts';
import { CATEGORY_IDS, reportingYearLabel, reportingYearRange } from '../../../../shared/catalog/index.ts';
import type { LocalActivity } from '../../data/index.ts';

export interface EntryFilter {
  category: string;
  status: string;
  /** "YYYY-MM" */
  month: string;
}

export function filtersFrom(search: URLSearchParams): EntryFilter {
  return {
    category: search.get('category') ?? '',
    status: search.get('status') ?? '',
    month: search.get('month') ?? '',
  };
}

export function applyFilters(entries: LocalActivity[], filter: EntryFilter): LocalActivity[] {
  return entries.filter(
    (e) =>
      (!filter.category ||
        String(e.category) === filter.category ||
        e.secondaryCategories.map(String).includes(filter.category)) &&
      (!filter.status || e.status === filter.status) &&
      (!filter.month || e.date.startsWith(filter.month)),
  );
}

/** The twelve months of a reporting year, October to September, as "YYYY-MM". */
export function monthsOf(year: number): string[] {
  const start = Number(reportingYearRange(year).start.slice(0, 4));
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((9 + i) % 12) + 1;
    return `${month >= 10 ? start : start + 1}-${String(month).padStart(2, '0')}`;
  });
}

export function EntryFilters({
  filter,
  year,
  years,
  language,
  onChange,
}: {
  filter: EntryFilter;
  year: number;
  years: number[];
  language: string;
  onChange: (next: Partial<EntryFilter> & { year?: number }) => void;
}) {
  const { t } = useTranslation(['activities', 'common']);
  const monthName = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric' });
  const active = filter.category || filter.status || filter.month;
  return (
    <fieldset className="filters">
      <legend>{t('filters.legend')}</legend>
      <label>
        <span>{t('list.year')}</span>
        <select value={year} onChange={(e) => onChange({ year: Number(e.target.value), month: '' })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {reportingYearLabel(y)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.category')}</span>
        <select value={filter.category} onChange={(e) => onChange({ category: e.target.value })}>
          <option value="">{t('filters.all')}</option>
          {CATEGORY_IDS.map((c) => (
            <option key={c} value={c}>
              {c} · {t(`common:categories.${c}.short`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.status')}</span>
        <select value={filter.status} onChange={(e) => onChange({ status: e.target.value })}>
          <option value="">{t('filters.all')}</option>
          {ACTIVITY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.month')}</span>
        <select value={filter.month} onChange={(e) => onChange({ month: e.target.value })}>
          <option value="">{t('filters.all')}</option>
          {monthsOf(year).map((m) => (
            <option key={m} value={m}>
              {monthName.format(new Date(Number(m.slice(0, 4)), Number(m.slice(5)) - 1, 1))}
            </option>
          ))}
        </select>
      </label>
      {active && (
        <button
          type="button"
          className="secondary"
          onClick={() => onChange({ category: '', status: '', month: '' })}
        >
          {t('filters.reset')}
        </button>
      )}
    </fieldset>
  );
}
