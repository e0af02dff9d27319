import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullResponseSchema, type PullResponse } from '../../shared/sync/index.ts';
import { createApp } from '../app.ts';
import { deleteMeasure, updateMeasure } from '../db/catalog-repository.ts';
import { loadSeed, readSeed, type Seed } from '../seed/load-seed.ts';
import { createTestDb, TEST_DB_KIND, type TestDb } from '../test-support/test-db.ts';

let testDb: TestDb;
let seed: Seed;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  testDb = await createTestDb();
  seed = await readSeed();
  await loadSeed(testDb.db, seed);
  app = createApp({ db: testDb.db, log: false });
});
afterAll(() => testDb.dispose());

async function pullAll(cursor?: string, limit = 100) {
  const pages: PullResponse[] = [];
  let next = cursor;
  for (;;) {
    const query = new URLSearchParams({ collections: 'partners,measures', limit: String(limit) });
    if (next) query.set('cursor', next);
    const res = await app.request(`/api/sync/pull?${query}`);
    expect(res.status).toBe(200);
    const page = pullResponseSchema.parse(await res.json());
    pages.push(page);
    next = page.cursor;
    if (!page.more) return { pages, cursor: next };
  }
}

describe(`catalog pull on ${TEST_DB_KIND}`, () => {
  it('reports its database in the health check', async () => {
    const res = await app.request('/api/health');
    expect(await res.json()).toMatchObject({ status: 'ok', db: TEST_DB_KIND });
  });

  it('delivers every seed partner and measure exactly once across pages', async () => {
    const { pages } = await pullAll(undefined, 100);
    expect(pages.length).toBeGreaterThan(3);
    expect(pages[0]!.total).toBe(seed.partners.length + seed.measures.length);
    const partnerIds = pages.flatMap(
      (p) => (p.changes.partners?.upserts as { id: string }[] | undefined)?.map((x) => x.id) ?? [],
    );
    const measureIds = pages.flatMap(
      (p) => (p.changes.measures?.upserts as { id: string }[] | undefined)?.map((x) => x.id) ?? [],
    );
    expect(new Set(partnerIds).size).toBe(seed.partners.length);
    expect(partnerIds).toHaveLength(seed.partners.length);
    expect(measureIds.sort()).toEqual(seed.measures.map((m) => m.id).sort());
  });

  it('answers an unchanged catalog with 304 for the same ETag, gzip-compressed otherwise', async () => {
    const first = await app.request('/api/sync/pull?collections=partners', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(first.headers.get('Content-Encoding')).toBe('gzip');
    const etag = first.headers.get('ETag');
    expect(etag).toBeTruthy();
    const again = await app.request('/api/sync/pull?collections=partners', {
      headers: { 'If-None-Match': etag! },
    });
    expect(again.status).toBe(304);
  });

  it('brings a changed and a deleted measure to a device on its next pull', async () => {
    const { cursor } = await pullAll();
    const [changed, removed] = seed.measures;
    await updateMeasure(testDb.db, changed!.id, { titleDe: 'Neuer Titel' });
    await deleteMeasure(testDb.db, removed!.id);
    const { pages } = await pullAll(cursor);
    const upserts = pages.flatMap((p) => p.changes.measures?.upserts ?? []);
    const deletes = pages.flatMap((p) => p.changes.measures?.deletes ?? []);
    expect(upserts).toEqual([
      expect.objectContaining({ id: changed!.id, titleDe: 'Neuer Titel', version: 2 }),
    ]);
    expect(deletes).toEqual([removed!.id]);
    expect(pages.flatMap((p) => p.changes.partners?.upserts ?? [])).toEqual([]);
  });

  it.each([
    ['a malformed cursor', '/api/sync/pull?collections=measures&cursor=%27;drop', 'invalid_cursor'],
    ['an unknown collection', '/api/sync/pull?collections=measures,secrets', 'invalid_query'],
    ['an absurd page size', '/api/sync/pull?collections=measures&limit=-4', 'invalid_query'],
  ])('rejects %s with a 400 JSON error', async (_what, url, code) => {
    const res = await app.request(url);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code } });
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const res = await app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe(`seed loading on ${TEST_DB_KIND}`, () => {
  it('adds nothing on a second start and updates only changed records of a later seed version', async () => {
    const again = await loadSeed(testDb.db, seed);
    expect(again.skipped).toBe(true);
    const edited: Seed = {
      partners: seed.partners,
      measures: seed.measures.slice(0, -1).map((m, i) => (i === 5 ? { ...m, summaryEn: 'Updated.' } : m)),
    };
    const result = await loadSeed(testDb.db, edited);
    expect(result).toMatchObject({ skipped: false, partnersChanged: 0, removed: 1 });
    // Entry 5 changed in the seed; entry 1 was deleted on the server above and returns. Entry 0 was
    // edited on the server but its seed content did not change, so the server's edit is kept.
    expect(result.measuresChanged).toBe(2);
  });
});
