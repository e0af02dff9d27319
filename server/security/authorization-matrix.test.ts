import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileReport, emptyDraft } from '../../shared/reports/index.ts';
import { createApp } from '../app.ts';
import { createOverride } from '../db/calendar-repository.ts';
import { submitReport } from '../reports/report-repository.ts';
import { sanitizeNarrative } from '../reports/sanitize.ts';
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

/** An admin's own calendar entry (issue 9), valid for POST and PUT. */
const ownCalendarEntry = {
  faith: 'secular',
  date: '2030-06-01',
  name: { de: 'Eigener Eintrag' },
  sourceText: 'Matrix',
};
async function freshOverrideId(): Promise<string> {
  const created = await createOverride(
    testDb.db,
    {
      holidayId: null,
      year: 2030,
      faith: 'secular',
      date: '2030-06-01',
      end: null,
      name: { de: 'X' },
      description: {},
      sourceText: 'Matrix',
      sourceUrl: null,
      approximate: false,
    },
    null,
  );
  if (!created.ok) throw new Error('fixture override');
  return created.record.id;
}

const MATRIX: Record<string, Row> = {
  'GET /api/health': { expect: all(200), request: () => ({ path: '/api/health' }) },
  'GET /api/sync/pull': {
    expect: all(200),
    request: () => ({ path: '/api/sync/pull?collections=partners,pools' }),
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
  // Issue 9: the calendar is public; its overrides are written by admins only.
  'GET /api/calendar': {
    expect: all(200),
    request: () => ({ path: '/api/calendar?year=2026&faiths=jewish' }),
  },
  'GET /api/calendar.ics': { expect: all(200), request: () => ({ path: '/api/calendar.ics?year=2026' }) },
  'GET /api/calendar/:id': { expect: all(200), request: () => ({ path: '/api/calendar/easter-2026.ics' }) },
  'GET /api/admin/calendar': { expect: adminOnly(200), request: () => ({ path: '/api/admin/calendar' }) },
  'POST /api/admin/calendar': {
    expect: adminOnly(201),
    request: () => ({ path: '/api/admin/calendar', body: ownCalendarEntry }),
  },
  'PUT /api/admin/calendar/:id': {
    expect: adminOnly(200),
    request: async () => ({ path: `/api/admin/calendar/${await freshOverrideId()}`, body: ownCalendarEntry }),
  },
  'DELETE /api/admin/calendar/:id': {
    expect: adminOnly(200),
    request: async () => ({ path: `/api/admin/calendar/${await freshOverrideId()}` }),
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
  // Activity entries (issue 6): officers their own partner's, admins all; staff none.
  'GET /api/activities': {
    expect: { public: 401, staff: 403, officerA: 200, officerB: 200, admin: 200 },
    request: () => ({ path: '/api/activities' }),
  },
  'GET /api/activities/:id': {
    expect: { public: 401, staff: 403, officerA: 200, officerB: 404, admin: 200 },
    request: async (f) => ({ path: `/api/activities/${await entryOfA(f)}` }),
  },
  'POST /api/activities': {
    expect: { public: 401, staff: 403, officerA: 201, officerB: 403, admin: 201 },
    request: () => ({ path: '/api/activities', body: sampleEntry(PARTNER_A) }),
  },
  'PUT /api/activities/:id': {
    expect: { public: 401, staff: 403, officerA: 409, officerB: 403, admin: 409 },
    request: async (f) => {
      const id = await entryOfA(f);
      return {
        path: `/api/activities/${id}`,
        body: { ...sampleEntry(PARTNER_A), id, title: 'Matrix', version: 99 },
      };
    },
  },
  'DELETE /api/activities/:id': {
    expect: { public: 401, staff: 403, officerA: 409, officerB: 404, admin: 409 },
    request: async (f) => ({ path: `/api/activities/${await entryOfA(f)}?version=99` }),
  },
  'POST /api/sync/push': {
    expect: { public: 401, staff: 403, officerA: 200, officerB: 200, admin: 200 },
    request: () => ({
      path: '/api/sync/push',
      body: { deviceId: 'matrix', ops: [upsertOp(sampleEntry(PARTNER_A))] },
    }),
  },
  // Annual reports (issue 7): drafts only for the partner's officers and admins; without a
  // submitted version a reader gets 404, so nobody learns whether a draft exists.
  'GET /api/reports/:partnerId/:file': {
    expect: { public: 404, staff: 404, officerA: 200, officerB: 404, admin: 200 },
    request: () => ({ path: `/api/reports/${PARTNER_A}/2026.json` }),
  },
  'GET /api/reports/:partnerId/:year/versions/:file': {
    expect: { public: 401, staff: 403, officerA: 200, officerB: 403, admin: 200 },
    request: async (f) => ({ path: `/api/reports/${PARTNER_A}/${await submittedYear(f)}/versions/1` }),
  },
  'PUT /api/reports/:partnerId/:year/draft': {
    expect: coordinatorsOfA(200),
    request: () => ({
      path: `/api/reports/${PARTNER_A}/2026/draft`,
      body: { baseVersion: null, force: true, draft: emptyDraft() },
    }),
  },
  'POST /api/reports/:partnerId/:year/submit': {
    expect: coordinatorsOfA(200),
    request: () => ({ path: `/api/reports/${PARTNER_A}/${freshYear()}/submit`, body: {} }),
  },
  'POST /api/reports/:partnerId/:year/reopen': {
    expect: adminOnly(200),
    request: async (f) => ({ path: `/api/reports/${PARTNER_A}/${await submittedYear(f, true)}/reopen` }),
  },
  'GET /api/brochure/:file': { expect: adminOnly(200), request: () => ({ path: '/api/brochure/2026.json' }) },
  'PUT /api/brochure/:year/intros': {
    expect: adminOnly(200),
    request: () => ({ path: '/api/brochure/2026/intros', body: { intros: { 1: 'Einleitung' } } }),
  },
  'POST /api/brochure/:year/reminders/:partnerId': {
    expect: adminOnly(201),
    request: () => ({ path: `/api/brochure/2026/reminders/${PARTNER_A}` }),
  },
};

/** A fresh reporting year per call (2012 onwards), so that a submission never meets an earlier one. */
let nextYear = 2012;
const freshYear = () => nextYear++;

/** A year in which partner A's report is submitted (a fresh one when `fresh`). */
let sharedSubmitted: Promise<number> | null = null;
function submittedYear(f: Fixtures, fresh = false): Promise<number> {
  const make = async () => {
    const year = freshYear();
    await submitReport(
      testDb.db,
      { partnerId: PARTNER_A, year, baseVersion: null, userId: f.users.admin.id },
      async (row, at) =>
        compileReport({
          partner: { id: PARTNER_A, name: 'A' },
          year,
          entries: [],
          draft: row.draft,
          state: 'submitted',
          submittedAt: at,
          sanitizeNarrative,
        }),
    );
    return year;
  };
  if (fresh) return make();
  return (sharedSubmitted ??= make());
}

/** One entry of partner A, logged once by its officer. */
let sharedEntry: Promise<string> | null = null;
function entryOfA(f: Fixtures): Promise<string> {
  sharedEntry ??= (async () => {
    const entry = sampleEntry(PARTNER_A);
    const response = await app.request('/api/activities', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: (await f.cookie('officerA'))! },
      body: JSON.stringify(entry),
    });
    if (response.status !== 201) throw new Error(`entry of A: ${response.status}`);
    return entry.id;
  })();
  return sharedEntry;
}

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
