import type { Hono } from 'hono';
import type { AccountRole, SessionUser } from '../../shared/auth/index.ts';
import type { AppEnv } from '../app-env.ts';
import { lockChangeLog } from '../db/changes.ts';
import type { Db } from '../db/client.ts';
import { createUser } from '../auth/users-repository.ts';

export interface TestUser extends SessionUser {
  password: string;
}

let counter = 0;

/**
 * Creates an account directly in the database. The partner must exist (load the seed, or call
 * `createTestPartner`); admins have none. The default password satisfies the password policy.
 */
export async function createTestUser(
  db: Db,
  {
    role,
    partnerId = null,
    email,
    password = 'correct horse battery staple',
    displayName,
  }: {
    role: AccountRole;
    partnerId?: string | null;
    email?: string;
    password?: string;
    displayName?: string;
  },
): Promise<TestUser> {
  counter += 1;
  const address = (email ?? `${role}-${counter}-${Math.random().toString(36).slice(2, 7)}@example.test`)
    .trim()
    .toLowerCase();
  const name = displayName ?? `Test ${role} ${counter}`;
  const created = await createUser(db, { email: address, displayName: name, password, role, partnerId });
  if (!created.ok) throw new Error(`createTestUser(${address}): ${created.reason}`);
  return { id: created.id, email: address, displayName: name, role, partnerId, password };
}

/** Inserts a minimal partner (for tests that do not load the seed). */
export async function createTestPartner(db: Db, id: string, name = `Partner ${id}`): Promise<void> {
  await db.transaction(async (tx) => {
    await lockChangeLog(tx);
    await tx.query(
      `insert into partners (id, name, kind, region, seq) values ($1, $2, 'other', 'nrw', nextval('change_seq'))
       on conflict (id) do nothing`,
      [id, name],
    );
  });
}

/** Signs in over HTTP and returns the value for a `Cookie` request header. */
export async function signIn(app: Hono<AppEnv>, email: string, password: string): Promise<string> {
  const response = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) {
    throw new Error(`signIn(${email}) answered ${response.status}: ${await response.text()}`);
  }
  return cookieFrom(response);
}

/** The `name=value` part of a response's session Set-Cookie header. */
export function cookieFrom(response: Response): string {
  const header = response.headers.getSetCookie().find((line) => line.includes('vielfalt_session='));
  if (!header) throw new Error('The response set no session cookie.');
  return header.split(';')[0]!;
}

/** Request options for a JSON write as a signed-in user. */
export function jsonRequest(method: string, body: unknown, cookie?: string): RequestInit {
  return {
    method,
    headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(body),
  };
}
