import { describe, expect, it } from 'vitest';
import { filterMeasures, measureFacets, sortMeasures } from './measure-filter.ts';
import type { Measure, Partner } from './schemas.ts';

const partner = (id: string, name: string, kind: Partner['kind'], region: Partner['region']): Partner => ({
  id,
  name,
  kind,
  region,
  seat: '',
  website: null,
  version: 1,
});
const partners = new Map(
  [
    partner('jc-koeln', 'Jobcenter Köln', 'jobcenter', 'koeln'),
    partner('jc-aachen', 'Jobcenter Aachen', 'jobcenter', 'koeln'),
    partner('stadt-bonn', 'Bundesstadt Bonn', 'municipality', 'koeln'),
    partner('polizei-do', 'Polizeipräsidium Dortmund', 'police', 'arnsberg'),
  ].map((p) => [p.id, p]),
);
let line = 0;
const measure = (partnerId: string, category: Measure['category'], reportingYear = 2021): Measure => ({
  id: `m${++line}`,
  partnerId,
  category,
  reportingYear,
  titleDe: 'Titel',
  summaryDe: '',
  summaryEn: '',
  figures: [],
  unit: null,
  sourceLine: 100 - line,
  version: 1,
});
const measures = [
  measure('jc-koeln', 3),
  measure('jc-koeln', 2),
  measure('jc-aachen', 3, 2022),
  measure('stadt-bonn', 3),
  measure('polizei-do', 1),
  measure('polizei-do', 3),
];

describe('measure filters', () => {
  it('combine', () => {
    const ids = (filter: Parameters<typeof filterMeasures>[2]) =>
      filterMeasures(measures, partners, filter).map((m) => m.id);
    expect(ids({})).toHaveLength(6);
    expect(ids({ category: 3, kind: 'jobcenter' })).toEqual(['m1', 'm3']);
    expect(ids({ category: 3, kind: 'jobcenter', year: 2022 })).toEqual(['m3']);
    expect(ids({ region: 'koeln', category: 2 })).toEqual(['m2']);
    expect(ids({ partnerId: 'polizei-do' })).toEqual(['m5', 'm6']);
    expect(ids({ partnerId: 'nobody' })).toEqual([]);
  });

  it('count each choice together with the other filters', () => {
    const facets = measureFacets(measures, partners, { category: 3, kind: 'jobcenter' });
    // Categories under "jobcenter": 3 twice, 2 once; kinds under "category 3".
    expect(Object.fromEntries(facets.category)).toEqual({ 2: 1, 3: 2 });
    expect(Object.fromEntries(facets.kind)).toEqual({ jobcenter: 2, municipality: 1, police: 1 });
    expect(Object.fromEntries(facets.year)).toEqual({ 2021: 1, 2022: 1 });
    expect(facets.partnerId.get('jc-aachen')).toBe(1);
  });

  it('sort by category or partner name, then by brochure line', () => {
    expect(sortMeasures(measures, partners, 'category').map((m) => m.id)).toEqual([
      'm5',
      'm2',
      'm4',
      'm3',
      'm1',
      'm6',
    ]);
    expect(sortMeasures(measures, partners, 'partner').map((m) => m.partnerId)).toEqual([
      'stadt-bonn',
      'jc-aachen',
      'jc-koeln',
      'jc-koeln',
      'polizei-do',
      'polizei-do',
    ]);
  });
});
