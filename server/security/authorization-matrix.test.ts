import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { sampleEntry, upsertOp } from '../test-support/activity-fixtures.ts';
import { createTestDb, TEST_DB_KIND, type TestDb } from '../test-support/test-db.ts';
import {
  CALLERS,
  createFixtures,
  mediatorInput,
  PARTNER_A,
  poolInput,
  registeredApiRoutes,
  type Caller,
  type Fixtures,
} from '../test-support/fixtures.ts';

/**
 * Every API route × every kind of caller → the expected status. A route the app registers without
 * a row here fails the first test: adding a route means deciding who may call it.
 */
type Expect = Record<Caller, number>;
const all = (status: number): Expect => ({
  public: status,
  staff: status,
  officerA: status,
  officerB: status,
  admin: status,
});
const signedIn = (status: number): Expect => ({ ...all(status), public: 401 });
const adminOnly = (status: number): Expect => ({
  public: 401,
  staff: 403,
  officerA: 403,
  officerB: 403,
  admin: status,
});
/** Coordinators of partner A's pool (its officers) and admins. */
const coordinatorsOfA = (status: number): Expect => ({
  public: 401,
  staff: 403,
  officerA: status,
  officerB: 403,
  admin: status,
});

interface Row {
  expect: Expect;
  /** The request for one call; fixtures are made fresh per call where the call consumes them. */
  request(f: Fixtures): Promise<{ path: string; body?: unknown }> | { path: string; body?: unknown };
}

/** Activity entries (issue 6): officers of the entry's partner and admins; another partner's are not found. */
const activitiesOfA = (status: number, otherPartner = 404): Expect => ({
  public: 401,
  staff: 403,
  officerA: status,
  officerB: otherPartner,
  admin: status,
});

const MATRIX: Record<string, Row> = {
  'GET /api/health': { expect: all(200), request: () => ({ path: '/api/health' }) },
  'GET /api/sync/pull': {
    expect: all(200),
    request: () => ({ path: '/api/sync/pull?collections=partners,pools' }),
  },
  'GET /api/activities': {
    expect: activitiesOfA(200, 200), // officer B sees B's own entries only
    request: () => ({ path: '/api/activities' }),
  },
  'POST /api/activities': {
    expect: activitiesOfA(201, 403),
    request: () => ({ path: '/api/activities', body: sampleEntry(PARTNER_A) }),
  },
  'GET /api/activities/:id': {
    expect: activitiesOfA(200),
    request: async (f) => ({ path: `/api/activities/${(await f.freshActivity()).id}` }),
  },
  'PUT /api/activities/:id': {
    expect: activitiesOfA(200, 403),
    request: async (f) => {
      const entry = await f.freshActivity();
      return { path: `/api/activities/${entry.id}`, body: { ...entry, title: 'Geändert', version: 1 } };
    },
  },
  'DELETE /api/activities/:id': {
    expect: activitiesOfA(200),
    request: async (f) => ({ path: `/api/activities/${(await f.freshActivity()).id}?version=1` }),
  },
  'POST /api/sync/push': {
    // Per-op answers: officer B's op for partner A comes back `rejected` inside a 200.
    expect: activitiesOfA(200, 200),
    request: () => ({
      path: '/api/sync/push',
      body: { deviceId: 'matrix', ops: [upsertOp(sampleEntry(PARTNER_A))] },
    }),
  },
  'POST /api/auth/login': {
    expect: all(200),
    request: async (f) => {
      const user = await f.freshUser();
      return { path: '/api/auth/login', body: { email: user.email, password: user.password } };
    },
  },
  'POST /api/auth/logout': { expect: all(204), request: () => ({ path: '/api/auth/logout' }) },
  'POST /api/auth/logout-all': { expect: signedIn(204), request: () => ({ path: '/api/auth/logout-all' }) },
  'GET /api/auth/me': { expect: signedIn(200), request: () => ({ path: '/api/auth/me' }) },
  // The setup link is public by nature; with an admin in place no token is accepted.
  'POST /api/auth/setup': {
    expect: all(404),
    request: (f) => ({
      path: '/api/auth/setup',
      body: {
        token: 'A'.repeat(43),
        email: f.uniqueEmail(),
        displayName: 'X',
        password: 'long enough password',
      },
    }),
  },
  'GET /api/auth/invites': { expect: adminOnly(200), request: () => ({ path: '/api/auth/invites' }) },
  'POST /api/auth/invites': {
    expect: adminOnly(201),
    request: () => ({ path: '/api/auth/invites', body: { role: 'staff', partnerId: PARTNER_A } }),
  },
  'DELETE /api/auth/invites/:id': {
    expect: adminOnly(204),
    request: async (f) => ({ path: `/api/auth/invites/${(await f.freshInvite()).invite.id}` }),
  },
  'POST /api/auth/invites/preview': {
    expect: all(200),
    request: async (f) => ({
      path: '/api/auth/invites/preview',
      body: { token: (await f.freshInvite()).token },
    }),
  },
  'POST /api/auth/invites/accept': {
    expect: all(201),
    request: async (f) => ({
      path: '/api/auth/invites/accept',
      body: {
        token: (await f.freshInvite()).token,
        email: f.uniqueEmail(),
        displayName: 'New',
        password: 'long enough password',
      },
    }),
  },
  'GET /api/admin/users': { expect: adminOnly(200), request: () => ({ path: '/api/admin/users' }) },
  'PATCH /api/admin/users/:id': {
    expect: adminOnly(200),
    request: async (f) => ({
      path: `/api/admin/users/${(await f.freshUser()).id}`,
      body: { displayName: 'Renamed' },
    }),
  },
  'POST /api/admin/users/:id/sign-out': {
    expect: adminOnly(200),
    request: async (f) => ({ path: `/api/admin/users/${(await f.freshUser()).id}/sign-out` }),
  },
  'PATCH /api/admin/partners/:id': {
    expect: adminOnly(200),
    request: () => ({ path: `/api/admin/partners/${PARTNER_A}`, body: { seat: 'Köln' } }),
  },
  'POST /api/pools': {
    expect: coordinatorsOfA(201),
    request: () => ({ path: '/api/pools', body: poolInput(PARTNER_A) }),
  },
  'PATCH /api/pools/:id': {
    expect: coordinatorsOfA(200),
    request: (f) => ({ path: `/api/pools/${f.pool.id}`, body: poolInput(PARTNER_A, { notes: 'edited' }) }),
  },
  'POST /api/pools/:id/confirm': {
    expect: coordinatorsOfA(200),
    request: (f) => ({ path: `/api/pools/${f.pool.id}/confirm` }),
  },
  'DELETE /api/pools/:id': {
    expect: coordinatorsOfA(204),
    request: async (f) => ({ path: `/api/pools/${(await f.freshPool()).id}` }),
  },
  'POST /api/pools/:id/mediators': {
    expect: coordinatorsOfA(201),
    request: (f) => ({ path: `/api/pools/${f.pool.id}/mediators`, body: mediatorInput() }),
  },
  'POST /api/pools/:id/mediators/import/preview': {
    expect: coordinatorsOfA(200),
    request: (f) => ({
      path: `/api/pools/${f.pool.id}/mediators/import/preview`,
      body: { csv: 'Name;Sprachen\nA;ar' },
    }),
  },
  'POST /api/pools/:id/mediators/import': {
    expect: coordinatorsOfA(201),
    request: (f) => ({ path: `/api/pools/${f.pool.id}/mediators/import`, body: { rows: [mediatorInput()] } }),
  },
  'PATCH /api/mediators/:id': {
    expect: coordinatorsOfA(200),
    request: async (f) => ({
      path: `/api/mediators/${(await f.freshMediator()).id}`,
      body: mediatorInput({ name: 'B' }),
    }),
  },
  'POST /api/mediators/:id/confirm': {
    expect: coordinatorsOfA(200),
    request: async (f) => ({ path: `/api/mediators/${(await f.freshMediator()).id}/confirm` }),
  },
  'GET /api/mediators/:id/export': {
    expect: coordinatorsOfA(200),
    request: async (f) => ({ path: `/api/mediators/${(await f.freshMediator()).id}/export` }),
  },
  'DELETE /api/mediators/:id': {
    expect: coordinatorsOfA(204),
    request: async (f) => ({ path: `/api/mediators/${(await f.freshMediator()).id}` }),
  },
};

let testDb: TestDb;
let app: ReturnType<typeof createApp>;
let fixtures: Fixtures;

beforeAll(async () => {
  testDb = await createTestDb();
  app = createApp({ db: testDb.db, log: false });
  fixtures = await createFixtures(testDb.db);
});
afterAll(() => testDb.dispose());

describe(`authorisation matrix on ${TEST_DB_KIND}`, () => {
  it('has a row for every registered API route, and no row for a route that does not exist', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(registeredApiRoutes(app));
  });

  const cases = Object.entries(MATRIX).flatMap(([route, row]) =>
    CALLERS.map((caller) => [route, caller, row.expect[caller], row] as const),
  );
  it.each(cases)('%s as %s → %i', async (route, caller, status, row) => {
    const method = route.split(' ')[0]!;
    const { path, body } = await row.request(fixtures);
    const cookie = await fixtures.cookie(caller);
    const headers: Record<string, string> = {};
    if (cookie) headers.Cookie = cookie;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await app.request(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.status, await response.clone().text()).toBe(status);
  });
});
