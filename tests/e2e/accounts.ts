import { inject } from 'vitest';

/**
 * Accounts for browser tests: the first admin is created through the server's one-time setup link
 * (printed at start, captured by tests/tools/start-server.ts), every other account through an
 * invite — the same ways a real deployment gets its users. Safe to call from several test files.
 */
export const E2E_ADMIN = {
  email: 'admin@e2e.test',
  password: 'e2e admin password 1',
  displayName: 'E2E Admin',
};

const baseUrl = () => inject('baseUrl');

async function post(path: string, body: unknown, cookie?: string) {
  return fetch(baseUrl() + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(body),
  });
}

function sessionCookie(response: Response): string {
  const line = response.headers.getSetCookie().find((header) => header.includes('vielfalt_session='));
  if (!line) throw new Error(`No session cookie (status ${response.status}).`);
  return line.split(';')[0]!;
}

export async function signInApi(email: string, password: string): Promise<string> {
  const response = await post('/api/auth/login', { email, password });
  if (response.status !== 200) throw new Error(`Sign-in of ${email} failed: ${response.status}`);
  return sessionCookie(response);
}

/** A session cookie of the e2e admin, creating the admin with the setup link on first use. */
export async function adminCookie(): Promise<string> {
  const login = await post('/api/auth/login', { email: E2E_ADMIN.email, password: E2E_ADMIN.password });
  if (login.status === 200) return sessionCookie(login);
  const link = inject('setupLink');
  if (!link) throw new Error('The server printed no setup link and the e2e admin does not exist.');
  const setup = await post('/api/auth/setup', { token: link.split('#')[1], ...E2E_ADMIN });
  if (setup.status !== 201) throw new Error(`Setup failed: ${setup.status} ${await setup.text()}`);
  return sessionCookie(setup);
}

let counter = 0;

/** A new account of the given role and partner, made by invite. */
export async function createAccount(
  role: 'staff' | 'officer' | 'admin',
  partnerId: string | null,
): Promise<{ email: string; password: string; displayName: string }> {
  const admin = await adminCookie();
  const invite = await post('/api/auth/invites', { role, partnerId }, admin);
  const { token } = (await invite.json()) as { token: string };
  const account = {
    email: `${role}-${Date.now()}-${++counter}@e2e.test`,
    password: 'e2e password for tests',
    displayName: `E2E ${role} ${counter}`,
  };
  const accepted = await post('/api/auth/invites/accept', { token, ...account });
  if (accepted.status !== 201) throw new Error(`Invite acceptance failed: ${accepted.status}`);
  return account;
}

export async function apiPost(path: string, body: unknown, cookie: string) {
  return post(path, body, cookie);
}
