import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Measure, Partner } from '../../../shared/catalog/index.ts';
import { getMeasure, queryMeasures } from './catalog.ts';
import { invalidateCatalogSnapshot } from './catalog-snapshot.ts';
import { db } from './db.ts';
import { searchCatalog } from './search-index.ts';

const partner = (id: string, name: string, kind: Partner['kind']): Partner => ({
  id,
  name,
  kind,
  region: 'koeln',
  seat: 'Köln',
  website: null,
  version: 1,
});
let line = 0;
const measure = (id: string, partnerId: string, category: Measure['category'], titleDe: string, summaryDe = ''): Measure => ({
  id,
  partnerId,
  category,
  reportingYear: 2021,
  titleDe,
  summaryDe,
  summaryEn: '',
  figures: [],
  unit: null,
  sourceLine: ++line,
  version: 1,
});

const partners = [partner('jc-koeln', 'Jobcenter Köln', 'jobcenter'), partner('pp-do', 'Polizeipräsidium Dortmund', 'police')];
const measures = [
  measure('in-summary', 'jc-koeln', 3, 'Beratung für Neuzugewanderte', 'Dazu gehören auch Fortbildungen für das Team.'),
  measure('in-title', 'pp-do', 2, 'Fortbildung zur interkulturellen Kompetenz', 'Seminare für Beschäftigte.'),
  measure('schueler', 'jc-koeln', 3, 'Praktika für Schülerinnen und Schüler'),
  measure('police-training', 'pp-do', 1, 'Einstellungsoffensive', 'Werbung an Schulen und Fortbildung der Auswahlkommission.'),
];

beforeEach(async () => {
  await db.transaction('rw', db.partners, db.measures, async () => {
    await db.partners.clear();
    await db.measures.clear();
    await db.partners.bulkPut(partners);
    await db.measures.bulkPut(measures);
  });
  invalidateCatalogSnapshot();
});

const ids = async (query: string) => (await searchCatalog(query)).measures.map((m) => m.id);

describe('on-device search', () => {
  it('ranks a match in the title above one in the summary', async () => {
    const found = await ids('Fortbildung');
    expect(found[0]).toBe('in-title');
    expect(found).toEqual(expect.arrayContaining(['in-summary', 'police-training']));
  });

  it('folds umlauts and transliterations, and stems', async () => {
    expect(await ids('Schueler')).toEqual(['schueler']);
    expect(await ids('SCHULER')).toEqual(['schueler']);
    expect(await ids('Fortbildungen')).toContain('in-title');
    expect(await ids('Fortbil')).toContain('in-title');
  });

  it('needs every word, and counts the partner as part of a measure', async () => {
    expect((await ids('Fortbildung Polizei')).sort()).toEqual(['in-title', 'police-training']);
    expect(await ids('Fortbildung Jobcenter')).toEqual(['in-summary']);
  });

  it('finds partners by name and kind, and returns the matched terms for highlighting', async () => {
    const result = await searchCatalog('Polizei');
    expect(result.partners.map((p) => p.id)).toEqual(['pp-do']);
    expect([...result.terms]).toContain('polizeiprasidium');
    expect((await searchCatalog('Köln')).partners.map((p) => p.id)).toContain('jc-koeln');
  });

  it('forgives one wrong letter when nothing matches as typed', async () => {
    const result = await searchCatalog('Fortbilduhg');
    expect(result.fuzzy).toBe(true);
    expect(result.measures.map((m) => m.id)).toContain('in-title');
    expect((await searchCatalog('Fortbildung')).fuzzy).toBe(false);
  });

  it('explains unsearchable queries instead of throwing', async () => {
    await expect(searchCatalog('?!…')).resolves.toMatchObject({ query: { status: 'no-words' }, measures: [] });
    await expect(searchCatalog('x'.repeat(10_000))).resolves.toMatchObject({ query: { truncated: true } });
  });

  it('follows changes of the device catalog', async () => {
    expect(await ids('Kompetenz')).toEqual(['in-title']);
    await db.measures.delete('in-title');
    await db.measures.put(measure('new', 'jc-koeln', 2, 'Neue Kompetenzwerkstatt'));
    invalidateCatalogSnapshot();
    expect(await ids('Kompetenz')).toEqual(['new']);
  });
});

describe('measure queries', () => {
  it('filter, count choices and find related measures', async () => {
    const page = await queryMeasures({ category: 3, kind: 'jobcenter' }, 'category');
    expect(page.measures.map((m) => m.id)).toEqual(['in-summary', 'schueler']);
    expect(page.catalogSize).toBe(measures.length);
    expect(page.facets.kind.get('jobcenter')).toBe(2);
    expect(page.facets.category.get(2)).toBeUndefined();
    expect(page.years).toEqual([2021]);
    const detail = await getMeasure('in-summary');
    expect(detail?.partner?.name).toBe('Jobcenter Köln');
    expect(detail?.related.map((m) => m.id)).toEqual(['schueler']);
    expect(await getMeasure('nope')).toBeNull();
  });
});
