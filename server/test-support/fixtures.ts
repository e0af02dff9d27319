import type { Hono } from 'hono';
import type { AccountRole } from '../../shared/auth/index.ts';
import type { MediatorInput, PoolInput } from '../../shared/mediators/index.ts';
import type { AppEnv } from '../app-env.ts';
import { createInvite } from '../auth/invites-repository.ts';
import { createSession } from '../auth/sessions.ts';
import type { Db } from '../db/client.ts';
import { createMediators } from '../mediators/mediators-repository.ts';
import { createPool } from '../mediators/pools-repository.ts';
import { applyPushOp } from '../db/activity-repository.ts';
import { sampleEntry, upsertOp } from './activity-fixtures.ts';
import { createTestPartner, createTestUser, type TestUser } from './users.ts';

/** The five kinds of caller every security test runs as. */
export const CALLERS = ['public', 'staff', 'officerA', 'officerB', 'admin'] as const;
export type Caller = (typeof CALLERS)[number];

export const PARTNER_A = 'partner-a';
export const PARTNER_B = 'partner-b';

export function poolInput(partnerId: string, overrides: Partial<PoolInput> = {}): PoolInput {
  return {
    partnerId,
    name: 'Testpool',
    kind: 'lay-pool',
    languages: ['ar', 'tr'],
    otherLanguages: '',
    modes: ['phone'],
    officeHours: [],
    officeHoursNote: '',
    requestPhone: '0221 4710 100',
    requestEmail: 'pool@example.org',
    requestUrl: null,
    region: 'koeln',
    area: '',
    leadTime: '',
    exclusions: '',
    costs: '',
    whoMayRequest: '',
    notes: '',
    lastConfirmed: null,
    ...overrides,
  };
}

export function mediatorInput(overrides: Partial<MediatorInput> = {}): MediatorInput {
  return {
    name: 'Secret Person',
    languages: [{ code: 'ar', level: 'native' }],
    otherLanguages: '',
    modes: ['phone'],
    availability: [],
    region: null,
    area: '',
    phone: '0221 4710 999',
    email: 'secret.person@example.org',
    notes: '',
    active: true,
    ...overrides,
  };
}

/**
 * Two partners, one user per role (staff of partner A, officers of A and B, an admin), one pool
 * of partner A with a contact; sessions are made directly (no scrypt per request), and every
 * factory makes fresh records, so destructive requests never disturb the next one.
 */
export async function createFixtures(db: Db) {
  await createTestPartner(db, PARTNER_A);
  await createTestPartner(db, PARTNER_B);
  const users: Record<Exclude<Caller, 'public'>, TestUser> = {
    staff: await createTestUser(db, { role: 'staff', partnerId: PARTNER_A }),
    officerA: await createTestUser(db, { role: 'officer', partnerId: PARTNER_A }),
    officerB: await createTestUser(db, { role: 'officer', partnerId: PARTNER_B }),
    admin: await createTestUser(db, { role: 'admin' }),
  };
  const pool = await createPool(db, poolInput(PARTNER_A));
  let counter = 0;
  return {
    users,
    pool,
    async cookie(caller: Caller): Promise<string | null> {
      if (caller === 'public') return null;
      return `vielfalt_session=${await createSession(db, users[caller].id)}`;
    },
    async freshPool() {
      return createPool(db, poolInput(PARTNER_A, { name: `Pool ${++counter}` }));
    },
    async freshMediator(overrides: Partial<MediatorInput> = {}) {
      const [mediator] = await createMediators(db, pool.id, [mediatorInput(overrides)], { userId: null });
      return mediator!;
    },
    async freshInvite(role: AccountRole = 'staff') {
      return createInvite(db, {
        role,
        partnerId: role === 'admin' ? null : PARTNER_A,
        note: '',
        createdBy: users.admin.id,
      });
    },
    async freshUser() {
      return createTestUser(db, { role: 'staff', partnerId: PARTNER_A, password: 'fresh user password' });
    },
    uniqueEmail: () => `new-${Date.now()}-${++counter}@example.test`,
    /** An activity entry of partner A (version 1). */
    async freshActivity() {
      const entry = sampleEntry(PARTNER_A);
      await applyPushOp(db, upsertOp(entry), { user: users.officerA, deviceId: 'fixtures' });
      return entry;
    },
  };
}
export type Fixtures = Awaited<ReturnType<typeof createFixtures>>;

/** Every API route the app registered, as "METHOD /path" (middleware and the 404 catch-all left out). */
export function registeredApiRoutes(app: Hono<AppEnv>): string[] {
  const seen = new Set<string>();
  for (const route of app.routes) {
    if (route.method === 'ALL' || !route.path.startsWith('/api/')) continue;
    seen.add(`${route.method} ${route.path}`);
  }
  return [...seen].sort();
}
