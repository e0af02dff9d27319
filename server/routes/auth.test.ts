import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meResponseSchema } from '../../shared/auth/index.ts';
import { createApp } from '../app.ts';
import { ACCOUNT_LIMIT, IP_LIMIT } from '../auth/rate-limit.ts';
import { createTestDb, TEST_DB_KIND, type TestDb } from '../test-support/test-db.ts';
import {
  cookieFrom,
  createTestPartner,
  createTestUser,
  jsonRequest,
  signIn,
  type TestUser,
} from '../test-support/users.ts';

let testDb: TestDb;
let app: ReturnType<typeof createApp>;
let staff: TestUser;

beforeAll(async () => {
  testDb = await createTestDb();
  app = createApp({ db: testDb.db, log: false });
  await createTestPartner(testDb.db, 'partner-a');
  staff = await createTestUser(testDb.db, {
    role: 'staff',
    partnerId: 'partner-a',
    email: 'Staff@Example.test',
  });
});
afterAll(() => testDb.dispose());

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });
const me = (cookie?: string) => app.request('/api/auth/me', { headers: cookie ? { Cookie: cookie } : {} });

describe(`sign-in and sessions on ${TEST_DB_KIND}`, () => {
  it('signs in with e-mail (any case) and password and knows the user on the next request', async () => {
    const response = await login('  STAFF@example.TEST ', staff.password);
    expect(response.status).toBe(200);
    const setCookie = response.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
    const cookie = cookieFrom(response);
    const body = meResponseSchema.parse(await (await me(cookie)).json());
    expect(body.user).toMatchObject({ email: 'staff@example.test', role: 'staff', partnerId: 'partner-a' });
  });

  it('sets a Secure __Host- cookie in production', async () => {
    const prod = createApp({ db: testDb.db, log: false, settings: { production: true } });
    const response = await prod.request(
      '/api/auth/login',
      jsonRequest('POST', { email: staff.email, password: staff.password }),
    );
    expect(response.status).toBe(200);
    const setCookie = response.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/^__Host-vielfalt_session=/);
    expect(setCookie).toMatch(/Secure/);
  });

  it('answers 401 to /me without a session, and for a forged cookie', async () => {
    expect((await me()).status).toBe(401);
    expect((await me('vielfalt_session=' + 'A'.repeat(43))).status).toBe(401);
    expect((await me('vielfalt_session=not-a-token')).status).toBe(401);
  });

  it('ends a session on sign-out; replaying its cookie is rejected', async () => {
    const cookie = await signIn(app, staff.email, staff.password);
    expect((await me(cookie)).status).toBe(200);
    const out = await app.request('/api/auth/logout', { method: 'POST', headers: { Cookie: cookie } });
    expect(out.status).toBe(204);
    expect((await me(cookie)).status).toBe(401);
  });

  it('signs out everywhere', async () => {
    const first = await signIn(app, staff.email, staff.password);
    const second = await signIn(app, staff.email, staff.password);
    const out = await app.request('/api/auth/logout-all', { method: 'POST', headers: { Cookie: first } });
    expect(out.status).toBe(204);
    expect((await me(first)).status).toBe(401);
    expect((await me(second)).status).toBe(401);
  });

  it('rejects expired sessions (absolute and idle)', async () => {
    const absolute = await signIn(app, staff.email, staff.password);
    const idle = await signIn(app, staff.email, staff.password);
    await testDb.db.query(
      `update sessions set expires_at = now() - interval '1 second' where user_id = $1 and created_at = (select min(created_at) from sessions where user_id = $1)`,
      [staff.id],
    );
    await testDb.db.query(
      `update sessions set last_seen_at = now() - interval '15 days' where user_id = $1`,
      [staff.id],
    );
    expect((await me(absolute)).status).toBe(401);
    expect((await me(idle)).status).toBe(401);
  });

  it('rejects a wrong password and an unknown address alike, and a disabled account', async () => {
    const wrong = await login(staff.email, 'not the password');
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: 'invalid_credentials' } });
    const unknown = await login('nobody@example.test', 'whatever it is');
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ error: { code: 'invalid_credentials' } });

    const disabled = await createTestUser(testDb.db, { role: 'staff', partnerId: 'partner-a' });
    const cookie = await signIn(app, disabled.email, disabled.password);
    await testDb.db.query('update users set disabled = true where id = $1', [disabled.id]);
    expect((await me(cookie)).status).toBe(401);
    const again = await login(disabled.email, disabled.password);
    expect(again.status).toBe(403);
    expect(await again.json()).toMatchObject({ error: { code: 'account_disabled' } });
  });

  it('validates the body with per-field codes', async () => {
    const response = await login('not-an-address', '');
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      error: { code: 'invalid_body', fields: { email: ['invalid_email'], password: ['required'] } },
    });
    const form = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'email=a@b.de&password=x',
    });
    expect(form.status).toBe(415);
  });

  it('refuses cross-site writes that carry the cookie', async () => {
    const cookie = await signIn(app, staff.email, staff.password);
    const crossSite = await app.request('/api/auth/logout-all', {
      method: 'POST',
      headers: { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    const foreignOrigin = await app.request('http://localhost/api/auth/logout-all', {
      method: 'POST',
      headers: { Cookie: cookie, Origin: 'https://evil.example', Host: 'localhost' },
    });
    expect(foreignOrigin.status).toBe(403);
    expect((await me(cookie)).status).toBe(200);
    const sameOrigin = await app.request('http://localhost/api/auth/logout', {
      method: 'POST',
      headers: {
        Cookie: cookie,
        Origin: 'http://localhost',
        Host: 'localhost',
        'Sec-Fetch-Site': 'same-origin',
      },
    });
    expect(sameOrigin.status).toBe(204);
  });
});

describe(`login rate limiting on ${TEST_DB_KIND}`, () => {
  it(`locks an account after ${ACCOUNT_LIMIT} failures and says for how long, even with the right password`, async () => {
    const user = await createTestUser(testDb.db, { role: 'staff', partnerId: 'partner-a' });
    for (let i = 0; i < ACCOUNT_LIMIT; i++)
      expect((await login(user.email, 'wrong password')).status).toBe(401);
    const locked = await login(user.email, user.password);
    expect(locked.status).toBe(429);
    const body = await locked.json();
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.retryAfterSeconds).toBeGreaterThan(60);
    expect(Number(locked.headers.get('Retry-After'))).toBe(body.error.retryAfterSeconds);
    // Once the failures have aged out of the window, the right password works again.
    await testDb.db.query(
      `update login_attempts set attempted_at = now() - interval '16 minutes' where email = $1`,
      [user.email],
    );
    expect((await login(user.email, user.password)).status).toBe(200);
  });

  it('a success clears the account’s failures', async () => {
    const user = await createTestUser(testDb.db, { role: 'staff', partnerId: 'partner-a' });
    for (let i = 0; i < ACCOUNT_LIMIT - 1; i++) await login(user.email, 'wrong password');
    expect((await login(user.email, user.password)).status).toBe(200);
    for (let i = 0; i < ACCOUNT_LIMIT - 1; i++)
      expect((await login(user.email, 'wrong password')).status).toBe(401);
  });

  it(`locks an IP address after ${IP_LIMIT} failures across accounts (behind a trusted proxy)`, async () => {
    const proxied = createApp({ db: testDb.db, log: false, settings: { trustProxy: true } });
    const from = (ip: string, email: string, password: string) =>
      proxied.request('/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `198.51.100.1, ${ip}` },
        body: JSON.stringify({ email, password }),
      });
    for (let i = 0; i < IP_LIMIT; i++) {
      expect((await from('203.0.113.9', `someone-${i}@example.test`, 'guess')).status).toBe(401);
    }
    const blocked = await from('203.0.113.9', staff.email, staff.password);
    expect(blocked.status).toBe(429);
    // The same account from another address is not affected.
    expect((await from('203.0.113.10', staff.email, staff.password)).status).toBe(200);
  });
});
