import { useSyncExternalStore } from 'react';
import { meResponseSchema, type SessionUser } from '../../../shared/auth/index.ts';
import { apiErrorSchema } from '../../../shared/errors.ts';
import { db, readMeta } from './db.ts';

/**
 * The signed-in user on this device. The user is cached in IndexedDB (`meta`), so a signed-in user
 * stays signed in offline; the server is asked (`/api/auth/me`) whenever the app is online, and
 * when it says the session has ended (401), every staff-only table is wiped at once.
 *
 * Extension points for other features:
 * - `registerStaffOnlyData` — tables holding personal data that only signed-in users may keep
 *   (mediator contacts, …): cleared on sign-out and when the session ends.
 * - `registerPendingWork` — unsynced work of the user (issue 6's outbox): counted for the
 *   sign-out warning, and offered a "sync first". It is never deleted on sign-out; it stays for
 *   the same user's next sign-in (`lastUserId`).
 * - `onSessionChange` — e.g. start pulling staff data after sign-in, push the outbox.
 */
export type SessionState =
  | { status: 'loading'; user: null }
  | { status: 'signed-out'; user: null; ended: boolean }
  | { status: 'signed-in'; user: SessionUser };

const USER_KEY = 'session:user';
const LAST_USER_KEY = 'session:lastUserId';
const PENDING_LOGOUT_KEY = 'session:pendingLogout';
/** Set when the server ended the session, so the sign-in screen can say why, also after a reload. */
const ENDED_KEY = 'session:ended';

let state: SessionState = { status: 'loading', user: null };
const listeners = new Set<() => void>();
const changeListeners = new Set<(state: SessionState, previous: SessionState) => void>();

function setState(next: SessionState) {
  const previous = state;
  state = next;
  for (const listener of listeners) listener();
  for (const listener of changeListeners) listener(next, previous);
}

export const getSession = (): SessionState => state;
export const currentUser = (): SessionUser | null => state.user;

export function useSession(): SessionState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSession,
  );
}

export function onSessionChange(listener: (state: SessionState, previous: SessionState) => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

// ---- staff-only data -------------------------------------------------------------------------

interface StaffOnlyData {
  tables: string[];
  /** Extra clean-up, e.g. forgetting the pull cursor so the next sign-in pulls afresh. */
  reset?: () => Promise<void>;
}
const staffOnly: StaffOnlyData[] = [];

export function registerStaffOnlyData(data: StaffOnlyData): void {
  staffOnly.push(data);
}

/** Deletes every staff-only table's rows from IndexedDB (also used by tests). */
export async function wipeStaffOnlyData(): Promise<void> {
  const tables = staffOnly.flatMap((data) => data.tables).map((name) => db.table(name));
  if (tables.length) {
    await db.transaction('rw', tables, async () => {
      for (const table of tables) await table.clear();
    });
  }
  for (const data of staffOnly) await data.reset?.();
}

// ---- pending work ----------------------------------------------------------------------------

interface PendingWork {
  name: string;
  /** How many of the current user's changes have not reached the server. */
  count(): Promise<number>;
  /** Tries to send them now. */
  sync?(): Promise<void>;
}
const pendingWork = new Map<string, PendingWork>();

export function registerPendingWork(work: PendingWork): () => void {
  pendingWork.set(work.name, work);
  return () => pendingWork.delete(work.name);
}

export async function pendingWorkCount(): Promise<number> {
  let total = 0;
  for (const work of pendingWork.values()) total += await work.count().catch(() => 0);
  return total;
}

export async function syncPendingWork(): Promise<void> {
  for (const work of pendingWork.values()) await work.sync?.();
}

/** The last user signed in on this device: pending work belongs to them. */
export const lastUserId = () => readMeta<string>(LAST_USER_KEY);

// ---- the session itself ----------------------------------------------------------------------

async function storeUser(user: SessionUser): Promise<void> {
  const cached = await readMeta<SessionUser>(USER_KEY);
  // Another person's staff data must never be shown to this one.
  if (cached && cached.id !== user.id) await wipeStaffOnlyData();
  await db.meta.bulkPut([
    { key: USER_KEY, value: user },
    { key: LAST_USER_KEY, value: user.id },
  ]);
  await db.meta.bulkDelete([PENDING_LOGOUT_KEY, ENDED_KEY]);
  setState({ status: 'signed-in', user });
}

/** Forgets the user and wipes staff-only data; pending work stays. */
async function endSession(ended: boolean): Promise<void> {
  await db.meta.delete(USER_KEY);
  if (ended) await db.meta.put({ key: ENDED_KEY, value: true });
  else await db.meta.delete(ENDED_KEY);
  await wipeStaffOnlyData();
  setState({ status: 'signed-out', user: null, ended });
}

/** Reads the cached user (instant, offline), then asks the server if online. */
export async function restoreSession(fetcher: typeof fetch = (...args) => fetch(...args)): Promise<void> {
  const cached = await readMeta<SessionUser>(USER_KEY);
  const ended = (await readMeta<boolean>(ENDED_KEY)) === true;
  setState(cached ? { status: 'signed-in', user: cached } : { status: 'signed-out', user: null, ended });
  await verifySession(fetcher);
}

/** Asks the server who is signed in; a network failure leaves the cached state alone. */
export async function verifySession(fetcher: typeof fetch = (...args) => fetch(...args)): Promise<void> {
  const pendingLogout = await readMeta<'all' | 'this'>(PENDING_LOGOUT_KEY);
  if (pendingLogout && state.status !== 'signed-in') {
    // A sign-out made offline: end the server's session(s) as soon as there is a connection.
    const url = pendingLogout === 'all' ? '/api/auth/logout-all' : '/api/auth/logout';
    const done = await fetcher(url, { method: 'POST', credentials: 'same-origin' }).then(
      (r) => r.ok || r.status === 401,
      () => false,
    );
    if (done) await db.meta.delete(PENDING_LOGOUT_KEY);
    return;
  }
  let response: Response;
  try {
    response = await fetcher('/api/auth/me', { credentials: 'same-origin', cache: 'no-store' });
  } catch {
    return;
  }
  if (response.status === 401) {
    if (state.status === 'signed-in') await endSession(true);
    else if (state.status === 'loading') setState({ status: 'signed-out', user: null, ended: false });
    // (A device already signed out keeps its state, including the "session ended" notice.)
    return;
  }
  if (!response.ok) return;
  const parsed = meResponseSchema.safeParse(await response.json().catch(() => null));
  if (parsed.success) await storeUser(parsed.data.user);
}

/** For data-layer code that got a 401 for a signed-in request: the session has ended. */
export async function sessionEndedByServer(): Promise<void> {
  if (state.status === 'signed-in') await endSession(true);
}

export type SignInResult =
  | { ok: true; user: SessionUser }
  | {
      ok: false;
      code: 'invalid_credentials' | 'account_disabled' | 'rate_limited' | 'invalid_body' | 'offline' | 'server';
      retryAfterMinutes?: number;
      fields?: Record<string, string[]>;
    };

export async function signIn(
  email: string,
  password: string,
  fetcher: typeof fetch = (...args) => fetch(...args),
): Promise<SignInResult> {
  let response: Response;
  try {
    response = await fetcher('/api/auth/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
  } catch {
    return { ok: false, code: 'offline' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const parsed = meResponseSchema.safeParse(body);
    if (!parsed.success) return { ok: false, code: 'server' };
    await acceptSignedInUser(parsed.data.user);
    return { ok: true, user: parsed.data.user };
  }
  return failure(body);
}

/** After any successful sign-in (login form, setup link, invite). */
export async function acceptSignedInUser(user: SessionUser): Promise<void> {
  await storeUser(user);
  // Personal data is on the device now: ask the browser not to evict it under storage pressure.
  if (typeof navigator !== 'undefined') void navigator.storage?.persist?.().catch(() => false);
}

function failure(body: unknown): Extract<SignInResult, { ok: false }> {
  const parsed = apiErrorSchema.safeParse(body);
  if (!parsed.success) return { ok: false, code: 'server' };
  const { code, retryAfterSeconds, fields } = parsed.data.error;
  switch (code) {
    case 'invalid_credentials':
    case 'account_disabled':
      return { ok: false, code };
    case 'rate_limited':
      return { ok: false, code, retryAfterMinutes: Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60)) };
    case 'invalid_body':
      return { ok: false, code, fields };
    default:
      return { ok: false, code: 'server' };
  }
}

/**
 * Signs out on this device (and, with `everywhere`, on all devices). Staff-only data is wiped at
 * once, online or not; offline, the server's session is ended on the next connection. Callers
 * check `pendingWorkCount()` first and warn: pending work is kept, never deleted here.
 */
export async function signOut(
  { everywhere = false } = {},
  fetcher: typeof fetch = (...args) => fetch(...args),
): Promise<{ serverReached: boolean }> {
  const url = everywhere ? '/api/auth/logout-all' : '/api/auth/logout';
  const serverReached = await fetcher(url, { method: 'POST', credentials: 'same-origin' }).then(
    (r) => r.ok || r.status === 401,
    () => false,
  );
  if (!serverReached) await db.meta.put({ key: PENDING_LOGOUT_KEY, value: everywhere ? 'all' : 'this' });
  await endSession(false);
  return { serverReached };
}
