import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullResponseSchema } from '../../shared/sync/index.ts';
import { createApp } from '../app.ts';
import { loadSeed, readSeed, type Seed } from '../seed/load-seed.ts';
import { createTestDb, TEST_DB_KIND, type TestDb } from '../test-support/test-db.ts';

let testDb: TestDb;
let seed: Seed;

beforeAll(async () => {
  testDb = await createTestDb();
  seed = await readSeed();
  await loadSeed(testDb.db, seed);
});
afterAll(() => testDb.dispose());

const post = (app: ReturnType<typeof createApp>, id: string, body: unknown) =>
  app.request(`/api/test/measures/${id}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe(`test-only catalog hooks on ${TEST_DB_KIND}`, () => {
  it('do not exist unless the app is created for tests', async () => {
    const app = createApp({ db: testDb.db, log: false });
    const res = await post(app, seed.measures[0]!.id, { action: 'delete' });
    expect(res.status).toBe(404);
  });

  it('update, delete and restore a measure, each announced to the next pull', async () => {
    const app = createApp({ db: testDb.db, log: false, testHooks: true });
    const id = seed.measures[0]!.id;
    const head = await app.request('/api/sync/pull?collections=measures&limit=5000');
    const { cursor } = pullResponseSchema.parse(await head.json());
    const pull = async (after: string) =>
      pullResponseSchema.parse(
        await (await app.request(`/api/sync/pull?collections=measures&cursor=${after}`)).json(),
      );

    expect((await post(app, id, { action: 'update', titleDe: 'Geänderter Titel' })).status).toBe(200);
    const updated = await pull(cursor);
    expect(updated.changes.measures!.upserts).toMatchObject([{ id, titleDe: 'Geänderter Titel' }]);

    expect((await post(app, id, { action: 'delete' })).status).toBe(200);
    const deleted = await pull(updated.cursor);
    expect(deleted.changes.measures!.deletes).toEqual([id]);
    expect((await post(app, id, { action: 'delete' })).status).toBe(404);

    expect((await post(app, id, { action: 'restore' })).status).toBe(200);
    const restored = await pull(deleted.cursor);
    expect(restored.changes.measures!.upserts).toMatchObject([{ id }]);
  });

  it('refuse malformed bodies with field errors', async () => {
    const app = createApp({ db: testDb.db, log: false, testHooks: true });
    const res = await post(app, 'x', { action: 'update', category: 9 });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_body' } });
    expect((await post(app, 'no-such-measure', { action: 'delete' })).status).toBe(404);
  });
});

describe('SEED_FILE', () => {
  it('reads one JSON file of partners and measures instead of the project seed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'seed-file-'));
    try {
      const file = path.join(dir, 'seed.json');
      const small = { partners: seed.partners.slice(0, 2), measures: [] };
      await writeFile(file, JSON.stringify(small));
      expect(await readSeed(file)).toEqual(small);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
