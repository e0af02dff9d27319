import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Accounts for end-to-end tests, made over the HTTP API. The first administrator can only be made
 * once per server (with the setup link it printed), so the credentials are kept in a file named
 * after the server's address: every test file of the run can then sign in as that administrator.
 */
export interface Credentials {
  email: string;
  password: string;
  displayName: string;
}

const PASSWORD = 'e2e correct horse battery staple';

function cacheFile(baseUrl: string) {
  return path.join(tmpdir(), `vielfalt-e2e-admin-${new URL(baseUrl).port}.json`);
}

async function post(url: string, body: unknown, cookie?: string) {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(body),
  });
}

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .find((line) => line.includes('vielfalt_session='))!
    .split(';')[0]!;

export async function ensureAdmin(baseUrl: string, setupLink: string | null): Promise<Credentials> {
  const file = cacheFile(baseUrl);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Credentials;
  if (!setupLink) throw new Error('The server printed no setup link and no administrator is known.');
  const admin = { email: 'ministerium@e2e.test', password: PASSWORD, displayName: 'Ministerium (e2e)' };
  const token = setupLink.split('#')[1]!;
  const response = await post(`${baseUrl}/api/auth/setup`, { token, ...admin });
  if (!response.ok) throw new Error(`setup answered ${response.status}: ${await response.text()}`);
  writeFileSync(file, JSON.stringify(admin));
  return admin;
}

export async function signInApi(baseUrl: string, { email, password }: Credentials): Promise<string> {
  const response = await post(`${baseUrl}/api/auth/login`, { email, password });
  if (!response.ok) throw new Error(`login answered ${response.status}`);
  return cookieOf(response);
}

/** An account of `role` at `partnerId`, invited by the administrator and accepted at once. */
export async function createAccount(
  baseUrl: string,
  admin: Credentials,
  role: 'staff' | 'officer',
  partnerId: string,
): Promise<Credentials> {
  const adminCookie = await signInApi(baseUrl, admin);
  const invite = await post(`${baseUrl}/api/auth/invites`, { role, partnerId }, adminCookie);
  if (invite.status !== 201) throw new Error(`invite answered ${invite.status}: ${await invite.text()}`);
  const { token } = (await invite.json()) as { token: string };
  const account = {
    email: `${role}-${partnerId}-${Date.now()}@e2e.test`,
    password: PASSWORD,
    displayName: `${role} ${partnerId}`,
  };
  const accepted = await post(`${baseUrl}/api/auth/invites/accept`, { token, ...account });
  if (!accepted.ok) throw new Error(`accept answered ${accepted.status}: ${await accepted.text()}`);
  return account;
}

/** Signs in through the app's own login form, as a user would. */
export async function signInUi(page: Page, baseUrl: string, account: Credentials, next = '/account') {
  await page.goto(`${baseUrl}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-Mail-Adresse').fill(account.email);
  await page.getByLabel('Passwort').fill(account.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}
