import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '../../../shared/auth/index.ts';
import { db } from './db.ts';
import './mediators.ts';
import {
  getSession,
  pendingWorkCount,
  registerPendingWork,
  restoreSession,
  signIn,
  signOut,
  verifySession,
} from './session.ts';

const anna: SessionUser = { id: 'u1', email: 'anna@example.test', displayName: 'Anna', role: 'staff', partnerId: 'p1' };
const bert: SessionUser = { ...anna, id: 'u2', email: 'bert@example.test', displayName: 'Bert' };

const json = (status: number, body: unknown) =>
  new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));

async function putContact(id = 'm1') {
  await db.mediators.put({
    id,
    poolId: 'pool',
    partnerId: 'p1',
    name: 'Secret',
    languages: [{ code: 'ar', level: 'native' }],
    otherLanguages: '',
    modes: [],
    availability: [],
    region: null,
    area: '',
    phone: '0221 4710 001',
    email: null,
    notes: '',
    active: true,
    confirmedAt: '2026-01-01',
    demo: false,
    version: 1,
  });
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('the session on the device', () => {
  it('stays signed in offline with the cached user', async () => {
    await signIn(anna.email, 'pw', async () => json(200, { user: anna }));
    await restoreSession(offline);
    expect(getSession()).toMatchObject({ status: 'signed-in', user: { id: 'u1' } });
  });

  it('wipes the contacts when the server says the session ended, and remembers why', async () => {
    await signIn(anna.email, 'pw', async () => json(200, { user: anna }));
    await putContact();
    await verifySession(async () => json(401, { error: { code: 'unauthenticated', message: '' } }));
    expect(getSession()).toMatchObject({ status: 'signed-out', ended: true });
    expect(await db.mediators.count()).toBe(0);
    await restoreSession(offline);
    expect(getSession()).toMatchObject({ status: 'signed-out', ended: true });
  });

  it('signs out offline: contacts gone at once, the server is told on the next connection', async () => {
    await signIn(anna.email, 'pw', async () => json(200, { user: anna }));
    await putContact();
    const result = await signOut({ everywhere: true }, offline);
    expect(result.serverReached).toBe(false);
    expect(await db.mediators.count()).toBe(0);
    const calls: string[] = [];
    await verifySession(async (url) => {
      calls.push(String(url));
      return json(204, null);
    });
    expect(calls).toEqual(['/api/auth/logout-all']);
  });

  it('never deletes pending work on sign-out and counts it for the warning', async () => {
    await signIn(anna.email, 'pw', async () => json(200, { user: anna }));
    const pending = vi.fn(async () => 3);
    const unregister = registerPendingWork({ name: 'test-outbox', count: pending });
    expect(await pendingWorkCount()).toBe(3);
    await db.measures.put({
      id: 'kept',
      partnerId: 'p1',
      category: 1,
      reportingYear: 2026,
      titleDe: 'x',
      summaryDe: '',
      summaryEn: '',
      figures: [],
      unit: null,
      sourceLine: null,
      version: 1,
    });
    await signOut({}, async () => json(204, null));
    expect(await db.measures.count()).toBe(1);
    unregister();
  });

  it('wipes the previous user’s contacts when another user signs in on the device', async () => {
    await signIn(anna.email, 'pw', async () => json(200, { user: anna }));
    await putContact();
    await signIn(bert.email, 'pw', async () => json(200, { user: bert }));
    expect(await db.mediators.count()).toBe(0);
  });

  it('translates a rate-limit answer into minutes', async () => {
    const result = await signIn(anna.email, 'pw', async () =>
      json(429, { error: { code: 'rate_limited', message: '', retryAfterSeconds: 601 } }),
    );
    expect(result).toEqual({ ok: false, code: 'rate_limited', retryAfterMinutes: 11 });
  });
});
