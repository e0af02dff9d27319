import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullResponseSchema } from '../../shared/sync/index.ts';
import { createApp } from '../app.ts';
import { updateMeasure } from '../db/catalog-repository.ts';
import { loadSeed, readSeed } from '../seed/load-seed.ts';
import { createTestDb, TEST_DB_KIND, type TestDb } from '../test-support/test-db.ts';

let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.dispose());

describe.runIf(TEST_DB_KIND === 'postgres')('two server instances on one PostgreSQL', () => {
  it('seed loading is idempotent across instances and a change made through one is pulled from the other', async () => {
    const seed = await readSeed();
    const otherDb = await testDb.openAnother();
    const [first, second] = await Promise.all([loadSeed(testDb.db, seed), loadSeed(otherDb, seed)]);
    expect([first.skipped, second.skipped].sort()).toEqual([false, true]);

    const one = createApp({ db: testDb.db, log: false });
    const two = createApp({ db: otherDb, log: false });
    const start = pullResponseSchema.parse(await (await one.request('/api/sync/pull?limit=5000')).json());
    await updateMeasure(otherDb, seed.measures[3]!.id, { titleDe: 'Über Instanz zwei geändert' });
    const next = pullResponseSchema.parse(
      await (await one.request(`/api/sync/pull?cursor=${start.cursor}`)).json(),
    );
    expect(next.changes.measures?.upserts).toEqual([
      expect.objectContaining({ id: seed.measures[3]!.id, titleDe: 'Über Instanz zwei geändert' }),
    ]);
    const sameFromTwo = pullResponseSchema.parse(
      await (await two.request(`/api/sync/pull?cursor=${start.cursor}`)).json(),
    );
    expect(sameFromTwo.cursor).toBe(next.cursor);
  });
});
