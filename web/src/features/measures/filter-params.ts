import {
  CATEGORY_IDS,
  MEASURE_SORTS,
  PARTNER_KINDS,
  REGIONS,
  type CategoryId,
  type MeasureFilter,
  type MeasureSort,
  type PartnerKind,
  type Region,
} from '../../../../shared/catalog/index.ts';

/** The measures list keeps its filters and sort in the URL: `/measures?category=3&kind=jobcenter&sort=partner`. */
const PARAM: Record<keyof MeasureFilter, string> = {
  category: 'category',
  partnerId: 'partner',
  kind: 'kind',
  region: 'region',
  year: 'year',
};
export const DEFAULT_SORT: MeasureSort = 'category';

const oneOf = <T extends string | number>(values: readonly T[], raw: unknown): T | undefined =>
  values.includes(raw as T) ? (raw as T) : undefined;

export interface MeasureParams {
  filter: MeasureFilter;
  sort: MeasureSort;
  /** Some parameter could not be understood and was ignored. */
  ignored: boolean;
}

export function parseMeasureParams(search: URLSearchParams): MeasureParams {
  const filter: MeasureFilter = {};
  let ignored = false;
  const read = <K extends keyof MeasureFilter>(
    key: K,
    parse: (raw: string) => MeasureFilter[K] | undefined,
  ) => {
    const raw = search.get(PARAM[key]);
    if (raw === null || raw === '') return;
    const value = parse(raw);
    if (value === undefined) ignored = true;
    else filter[key] = value;
  };
  read('category', (raw) => oneOf<CategoryId>(CATEGORY_IDS, Number(raw)));
  read('partnerId', (raw) => (raw.length <= 120 ? raw : undefined));
  read('kind', (raw) => oneOf<PartnerKind>(PARTNER_KINDS, raw));
  read('region', (raw) => oneOf<Region>(REGIONS, raw));
  read('year', (raw) => (/^\d{4}$/.test(raw) ? Number(raw) : undefined));
  const rawSort = search.get('sort');
  const sort = oneOf<MeasureSort>(MEASURE_SORTS, rawSort) ?? DEFAULT_SORT;
  if (rawSort && sort !== rawSort) ignored = true;
  return { filter, sort, ignored };
}

/** The URL of the measures list with these filters; what the home screen and partner pages link to. */
export function measuresHref(filter: MeasureFilter = {}, sort: MeasureSort = DEFAULT_SORT): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAM) as (keyof MeasureFilter)[]) {
    const value = filter[key];
    if (value !== undefined) params.set(PARAM[key], String(value));
  }
  if (sort !== DEFAULT_SORT) params.set('sort', sort);
  const query = params.toString();
  return query ? `/measures?${query}` : '/measures';
}
