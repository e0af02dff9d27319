import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { issueSetupTokenIfNeeded } from '../auth/setup.ts';
import { createTestDb, TEST_DB_KIND, type TestDb } from '../test-support/test-db.ts';
import { cookieFrom, createTestPartner, createTestUser, jsonRequest, signIn } from '../test-support/users.ts';

let testDb: TestDb;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  testDb = await createTestDb();
  app = createApp({ db: testDb.db, log: false });
  await createTestPartner(testDb.db, 'partner-a');
});
afterAll(() => testDb.dispose());

const account = (token: string, email: string) => ({
  token,
  email,
  displayName: 'Erika Beispiel',
  password: 'a long enough password',
});

describe(`first-start setup link on ${TEST_DB_KIND}`, () => {
  it('creates the first admin once; the link cannot be reused and no new link is issued', async () => {
    const token = await issueSetupTokenIfNeeded(testDb.db);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const created = await app.request(
      '/api/auth/setup',
      jsonRequest('POST', account(token!, 'Admin@Example.test')),
    );
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({
      user: { role: 'admin', partnerId: null, email: 'admin@example.test' },
    });
    const cookie = cookieFrom(created);
    expect((await app.request('/api/auth/me', { headers: { Cookie: cookie } })).status).toBe(200);

    const again = await app.request(
      '/api/auth/setup',
      jsonRequest('POST', account(token!, 'second@example.test')),
    );
    expect(again.status).toBe(410);
    expect(await again.json()).toMatchObject({ error: { code: 'token_used' } });
    expect(await issueSetupTokenIfNeeded(testDb.db)).toBeNull();
  });

  it('rejects an expired, an unknown and a malformed setup link', async () => {
    await testDb.db.query(`update users set disabled = true where role = 'admin'`);
    try {
      const token = await issueSetupTokenIfNeeded(testDb.db);
      await testDb.db.query(`update setup_tokens set expires_at = now() - interval '1 minute'`);
      const expired = await app.request(
        '/api/auth/setup',
        jsonRequest('POST', account(token!, 'late@example.test')),
      );
      expect(expired.status).toBe(410);
      expect(await expired.json()).toMatchObject({ error: { code: 'token_expired' } });
      const unknown = await app.request(
        '/api/auth/setup',
        jsonRequest('POST', account('B'.repeat(43), 'x@example.test')),
      );
      expect(unknown.status).toBe(404);
      const malformed = await app.request(
        '/api/auth/setup',
        jsonRequest('POST', account("' or 1=1 --", 'x@example.test')),
      );
      expect(malformed.status).toBe(404);
    } finally {
      await testDb.db.query(`update users set disabled = false where role = 'admin'`);
    }
  });
});

describe(`invites on ${TEST_DB_KIND}`, () => {
  let adminCookie: string;
  beforeAll(async () => {
    const admin = await createTestUser(testDb.db, { role: 'admin' });
    adminCookie = await signIn(app, admin.email, admin.password);
  });

  const invite = (body: unknown) => app.request('/api/auth/invites', jsonRequest('POST', body, adminCookie));

  it('invites an officer of a partner by link; the invitee signs up once', async () => {
    const created = await invite({ role: 'officer', partnerId: 'partner-a', note: 'Gleichstellungsstelle' });
    expect(created.status).toBe(201);
    const { token, invite: summary } = await created.json();
    expect(summary).toMatchObject({ role: 'officer', partnerId: 'partner-a', status: 'open' });
    expect(new Date(summary.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);

    const preview = await app.request('/api/auth/invites/preview', jsonRequest('POST', { token }));
    expect(await preview.json()).toMatchObject({ invite: { role: 'officer', partnerId: 'partner-a' } });

    const accepted = await app.request(
      '/api/auth/invites/accept',
      jsonRequest('POST', account(token, 'officer@example.test')),
    );
    expect(accepted.status).toBe(201);
    expect(await accepted.json()).toMatchObject({ user: { role: 'officer', partnerId: 'partner-a' } });

    const reused = await app.request(
      '/api/auth/invites/accept',
      jsonRequest('POST', account(token, 'other@example.test')),
    );
    expect(reused.status).toBe(410);
    expect(await reused.json()).toMatchObject({ error: { code: 'token_used' } });

    const list = await (await app.request('/api/auth/invites', { headers: { Cookie: adminCookie } })).json();
    expect(list.invites[0]).toMatchObject({ status: 'accepted', acceptedEmail: 'officer@example.test' });
    // The list never reveals a usable link.
    expect(JSON.stringify(list)).not.toContain(token);
  });

  it('refuses expired and revoked invites, and an address that already has an account', async () => {
    const expired = await (await invite({ role: 'staff', partnerId: 'partner-a' })).json();
    await testDb.db.query(
      `update invites set expires_at = now() - interval '1 second' where accepted_at is null`,
    );
    const late = await app.request(
      '/api/auth/invites/accept',
      jsonRequest('POST', account(expired.token, 'late@example.test')),
    );
    expect(late.status).toBe(410);
    expect(await late.json()).toMatchObject({ error: { code: 'token_expired' } });

    const revoked = await (await invite({ role: 'staff', partnerId: 'partner-a' })).json();
    const del = await app.request(`/api/auth/invites/${encodeURIComponent(revoked.invite.id)}`, {
      method: 'DELETE',
      headers: { Cookie: adminCookie },
    });
    expect(del.status).toBe(204);
    const gone = await app.request(
      '/api/auth/invites/accept',
      jsonRequest('POST', account(revoked.token, 'r@example.test')),
    );
    expect(gone.status).toBe(410);

    const fresh = await (await invite({ role: 'staff', partnerId: 'partner-a' })).json();
    const taken = await app.request(
      '/api/auth/invites/accept',
      jsonRequest('POST', account(fresh.token, 'OFFICER@example.test')),
    );
    expect(taken.status).toBe(422);
    expect(await taken.json()).toMatchObject({ error: { fields: { email: ['email_taken'] } } });
  });

  it('validates the invite: partner required except for admins, and must exist', async () => {
    expect((await invite({ role: 'staff', partnerId: null })).status).toBe(422);
    expect((await invite({ role: 'staff', partnerId: 'nope' })).status).toBe(422);
    expect((await invite({ role: 'admin', partnerId: 'partner-a' })).status).toBe(422);
    expect((await invite({ role: 'superuser', partnerId: null })).status).toBe(422);
    expect((await invite({ role: 'admin', partnerId: null })).status).toBe(201);
  });
});

describe(`admin user management on ${TEST_DB_KIND}`, () => {
  it('changes roles, disables (signing the user out) and never removes the last admin', async () => {
    await testDb.db.query(`update users set disabled = true where role = 'admin'`);
    const admin = await createTestUser(testDb.db, { role: 'admin' });
    const adminCookie = await signIn(app, admin.email, admin.password);
    const staff = await createTestUser(testDb.db, { role: 'staff', partnerId: 'partner-a' });
    const staffCookie = await signIn(app, staff.email, staff.password);

    const list = await (await app.request('/api/admin/users', { headers: { Cookie: adminCookie } })).json();
    expect(list.users.map((u: { email: string }) => u.email)).toContain(staff.email);

    const promoted = await app.request(
      `/api/admin/users/${staff.id}`,
      jsonRequest('PATCH', { role: 'officer' }, adminCookie),
    );
    expect(await promoted.json()).toMatchObject({ user: { role: 'officer', partnerId: 'partner-a' } });
    const me = await (await app.request('/api/auth/me', { headers: { Cookie: staffCookie } })).json();
    expect(me.user.role).toBe('officer');

    const disabled = await app.request(
      `/api/admin/users/${staff.id}`,
      jsonRequest('PATCH', { disabled: true }, adminCookie),
    );
    expect(disabled.status).toBe(200);
    expect((await app.request('/api/auth/me', { headers: { Cookie: staffCookie } })).status).toBe(401);

    const lastAdmin = await app.request(
      `/api/admin/users/${admin.id}`,
      jsonRequest('PATCH', { disabled: true }, adminCookie),
    );
    expect(lastAdmin.status).toBe(409);
    const demote = await app.request(
      `/api/admin/users/${admin.id}`,
      jsonRequest('PATCH', { role: 'staff', partnerId: 'partner-a' }, adminCookie),
    );
    expect(demote.status).toBe(409);
  });
});
