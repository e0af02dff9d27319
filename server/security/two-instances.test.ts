import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { ACCOUNT_LIMIT } from '../auth/rate-limit.ts';
import { createTestDb, TEST_DB_KIND, type TestDb } from '../test-support/test-db.ts';
import { createTestPartner, createTestUser, jsonRequest, signIn } from '../test-support/users.ts';

/**
 * Two server instances on one database behave as one (DESIGN.md §4): sessions and rate limits are
 * in the database. On PostgreSQL the second instance has its own connection pool; on PGlite (one
 * process by nature) both apps share the embedded database.
 */
let testDb: TestDb;
let one: ReturnType<typeof createApp>;
let two: ReturnType<typeof createApp>;

beforeAll(async () => {
  testDb = await createTestDb();
  one = createApp({ db: testDb.db, log: false });
  two = createApp({ db: await testDb.openAnother(), log: false });
  await createTestPartner(testDb.db, 'partner-a');
});
afterAll(() => testDb.dispose());

const me = (app: typeof one, cookie: string) => app.request('/api/auth/me', { headers: { Cookie: cookie } });
const login = (app: typeof one, email: string, password: string) =>
  app.request('/api/auth/login', jsonRequest('POST', { email, password }));

describe(`two server instances on one ${TEST_DB_KIND} database`, () => {
  it('share sessions: signed in on one, known on the other; signed out on the other, gone on both', async () => {
    const user = await createTestUser(testDb.db, { role: 'staff', partnerId: 'partner-a' });
    const cookie = await signIn(one, user.email, user.password);
    expect((await me(two, cookie)).status).toBe(200);
    await two.request('/api/auth/logout', { method: 'POST', headers: { Cookie: cookie } });
    expect((await me(one, cookie)).status).toBe(401);
  });

  it('share the rate limit, also under concurrent guessing on both', async () => {
    const user = await createTestUser(testDb.db, { role: 'staff', partnerId: 'partner-a' });
    const attempts = Array.from({ length: ACCOUNT_LIMIT * 2 }, (_, i) =>
      login(i % 2 ? one : two, user.email, `wrong guess ${i}`),
    );
    const statuses = (await Promise.all(attempts)).map((response) => response.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(ACCOUNT_LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(ACCOUNT_LIMIT);
    expect((await login(one, user.email, user.password)).status).toBe(429);
    expect((await login(two, user.email, user.password)).status).toBe(429);
  });
});
