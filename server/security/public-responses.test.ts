import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PULL_COLLECTIONS } from '../../shared/sync/index.ts';
import { createApp } from '../app.ts';
import { createTestDb, TEST_DB_KIND, type TestDb } from '../test-support/test-db.ts';
import { createFixtures, registeredApiRoutes, type Fixtures } from '../test-support/fixtures.ts';

/** Mediator contacts are personal data: no answer to the public may contain any of it. */
let testDb: TestDb;
let app: ReturnType<typeof createApp>;
let fixtures: Fixtures;
const SECRETS = [
  'Verena Vertraulich',
  '0221 4710 555',
  'verena.vertraulich@example.org',
  'kennt sich mit Amtsdeutsch aus',
];

beforeAll(async () => {
  testDb = await createTestDb();
  app = createApp({ db: testDb.db, log: false });
  fixtures = await createFixtures(testDb.db);
  const mediator = await fixtures.freshMediator({
    name: SECRETS[0],
    phone: SECRETS[1],
    email: SECRETS[2],
    notes: SECRETS[3],
  });
  expect(mediator.name).toBe(SECRETS[0]);
});
afterAll(() => testDb.dispose());

const leaks = (text: string) => SECRETS.filter((secret) => text.includes(secret));

describe(`contacts never reach the public on ${TEST_DB_KIND}`, () => {
  it('not in any pull, with any combination of collections', async () => {
    const combos = [
      '',
      ...PULL_COLLECTIONS,
      PULL_COLLECTIONS.join(','),
      PULL_COLLECTIONS.filter((c) => c !== 'mediators').join(','),
    ];
    for (const collections of combos) {
      const response = await app.request(`/api/sync/pull?collections=${collections}&limit=5000`);
      const text = await response.text();
      expect(leaks(text), `pull ${collections}`).toEqual([]);
      if (collections.includes('mediators')) expect(response.status).toBe(401);
    }
  });

  it('not in any GET route, export included', async () => {
    const mediator = await fixtures.freshMediator({ name: SECRETS[0], phone: SECRETS[1], email: SECRETS[2] });
    const ids: Record<string, string> = { id: mediator.id };
    for (const route of registeredApiRoutes(app).filter((r) => r.startsWith('GET '))) {
      const path = route.slice(4).replace(/:(\w+)/g, (_all, name: string) => ids[name] ?? 'x');
      const response = await app.request(path);
      expect(leaks(await response.text()), route).toEqual([]);
    }
  });

  it('but staff get them', async () => {
    const response = await app.request('/api/sync/pull?collections=mediators', {
      headers: { Cookie: (await fixtures.cookie('staff'))! },
    });
    expect(leaks(await response.text())).toEqual(SECRETS);
  });
});
