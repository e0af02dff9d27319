import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullResponseSchema } from '../../shared/sync/index.ts';
import { createApp } from '../app.ts';
import { loadSeed, readSeed } from '../seed/load-seed.ts';
import { createTestDb, TEST_DB_KIND, type TestDb } from '../test-support/test-db.ts';
import { createTestUser, jsonRequest, signIn } from '../test-support/users.ts';

let testDb: TestDb;
let app: ReturnType<typeof createApp>;
let adminCookie: string;

beforeAll(async () => {
  testDb = await createTestDb();
  await loadSeed(testDb.db);
  app = createApp({ db: testDb.db, log: false });
  const admin = await createTestUser(testDb.db, { role: 'admin' });
  adminCookie = await signIn(app, admin.email, admin.password);
});
afterAll(() => testDb.dispose());

describe(`admin edits of partners on ${TEST_DB_KIND}`, () => {
  it('reach every device on its next pull and survive a restart with the same seed', async () => {
    const first = pullResponseSchema.parse(
      await (await app.request('/api/sync/pull?collections=partners')).json(),
    );
    const edit = {
      name: 'Stadt Jülich (neu)',
      kind: 'municipality',
      region: 'koeln',
      website: 'https://www.juelich.de',
    };
    const response = await app.request(
      '/api/admin/partners/stadt-juelich',
      jsonRequest('PATCH', edit, adminCookie),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ partner: { ...edit, version: 2 } });

    const next = await app.request(`/api/sync/pull?collections=partners&cursor=${first.cursor}`);
    const page = pullResponseSchema.parse(await next.json());
    expect(page.changes.partners!.upserts).toEqual([
      expect.objectContaining({ id: 'stadt-juelich', ...edit }),
    ]);

    await loadSeed(testDb.db, { ...(await readSeed()), measures: (await readSeed()).measures });
    const rows = await testDb.db.query('select name from partners where id = $1', ['stadt-juelich']);
    expect(rows[0]).toEqual({ name: 'Stadt Jülich (neu)' });
  });

  it('rejects a website that is not http(s), and unknown kinds, with field codes', async () => {
    const response = await app.request(
      '/api/admin/partners/stadt-juelich',
      jsonRequest('PATCH', { website: 'javascript:alert(1)', kind: 'castle' }, adminCookie),
    );
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      error: { fields: { website: ['invalid_url'], kind: ['invalid'] } },
    });
  });

  it('answers 404 for an unknown partner', async () => {
    const response = await app.request(
      '/api/admin/partners/nope',
      jsonRequest('PATCH', { seat: 'X' }, adminCookie),
    );
    expect(response.status).toBe(404);
  });
});
