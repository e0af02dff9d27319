import type { CategoryId, PartnerKind, Region } from './categories.ts';
import type { Measure, Partner } from './schemas.ts';

/** Filters of the measures list; they combine (AND). An absent field does not filter. */
export interface MeasureFilter {
  category?: CategoryId;
  partnerId?: string;
  kind?: PartnerKind;
  region?: Region;
  year?: number;
}

export const FILTER_FIELDS = ['category', 'partnerId', 'kind', 'region', 'year'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export const MEASURE_SORTS = ['category', 'partner'] as const;
export type MeasureSort = (typeof MEASURE_SORTS)[number];

type PartnerLookup = ReadonlyMap<string, Partner>;

function valueOf(field: FilterField, measure: Measure, partner: Partner | undefined): unknown {
  switch (field) {
    case 'category':
      return measure.category;
    case 'partnerId':
      return measure.partnerId;
    case 'kind':
      return partner?.kind;
    case 'region':
      return partner?.region;
    case 'year':
      return measure.reportingYear;
  }
}

const activeFields = (filter: MeasureFilter) => FILTER_FIELDS.filter((field) => filter[field] !== undefined);

/** The measures that pass every filter, in the order given. */
export function filterMeasures(measures: readonly Measure[], partners: PartnerLookup, filter: MeasureFilter) {
  const fields = activeFields(filter);
  if (fields.length === 0) return measures.slice();
  return measures.filter((measure) => {
    const partner = partners.get(measure.partnerId);
    return fields.every((field) => valueOf(field, measure, partner) === filter[field]);
  });
}

export type MeasureFacets = { [F in FilterField]: Map<NonNullable<MeasureFilter[F]>, number> };

/**
 * For each filter, how many measures each of its values would give together with the *other*
 * active filters — the counts shown next to the choices. One pass over the measures.
 */
export function measureFacets(
  measures: readonly Measure[],
  partners: PartnerLookup,
  filter: MeasureFilter,
): MeasureFacets {
  const facets = Object.fromEntries(FILTER_FIELDS.map((field) => [field, new Map()])) as unknown as Record<
    FilterField,
    Map<unknown, number>
  >;
  const fields = activeFields(filter);
  const count = (field: FilterField, value: unknown) =>
    facets[field].set(value, (facets[field].get(value) ?? 0) + 1);
  for (const measure of measures) {
    const partner = partners.get(measure.partnerId);
    let failed: FilterField | null = null;
    let failures = 0;
    for (const field of fields) {
      if (valueOf(field, measure, partner) !== filter[field]) {
        failed = field;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      for (const field of FILTER_FIELDS) count(field, valueOf(field, measure, partner));
    } else if (failures === 1) {
      count(failed!, valueOf(failed!, measure, partner));
    }
  }
  return facets as unknown as MeasureFacets;
}

// Sort keys pack (order, brochure line, position) into one number below 2^53, so that the native
// numeric sort orders 30,000 measures in a few milliseconds without a comparator.
const PARTNER_SLOTS = 1024;
const LINE_SLOTS = 2 ** 18;
const POSITION_SLOTS = 2 ** 21;

/** Sorts by the chosen key, then by category or partner name, then by the brochure line: a stable order. */
export function sortMeasures(
  measures: readonly Measure[],
  partners: PartnerLookup,
  sort: MeasureSort,
  collator = new Intl.Collator('de'),
): Measure[] {
  if (measures.length > POSITION_SLOTS) throw new RangeError('Too many measures to sort.');
  const byName = [...partners.values()].sort((a, b) => collator.compare(a.name, b.name));
  const rank = new Map(byName.map((partner, index) => [partner.id, Math.min(index, PARTNER_SLOTS - 2)]));
  const keys = new Float64Array(measures.length);
  for (let i = 0; i < measures.length; i++) {
    const m = measures[i]!;
    const partner = rank.get(m.partnerId) ?? PARTNER_SLOTS - 1;
    const order = sort === 'partner' ? partner * 8 + m.category : m.category * PARTNER_SLOTS + partner;
    const line = Math.min(m.sourceLine ?? LINE_SLOTS - 1, LINE_SLOTS - 1);
    keys[i] = (order * LINE_SLOTS + line) * POSITION_SLOTS + i;
  }
  keys.sort();
  return Array.from(keys, (key) => measures[key % POSITION_SLOTS]!);
}
