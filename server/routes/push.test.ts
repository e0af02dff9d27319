import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pullResponseSchema, type PushOp } from '../../shared/sync/index.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { activityTestApi, type ApiAs } from '../test-support/activity-harness.ts';
import { deleteOp, sampleEntry, upsertOp } from '../test-support/activity-fixtures.ts';
import { createTestDb, TEST_DB_KIND, type TestDb } from '../test-support/test-db.ts';

const A = 'stadt-juelich';
const B = 'bezirksregierung-arnsberg';
let testDb: TestDb;
let officerA: ApiAs, colleagueA: ApiAs, officerB: ApiAs, staffA: ApiAs, admin: ApiAs, anonymous: ApiAs;
let officerAId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  await loadSeed(testDb.db);
  const api = activityTestApi(testDb.db);
  const first = await api.signedIn('officer', A);
  officerA = first.api;
  officerAId = first.user.id;
  colleagueA = (await api.signedIn('officer', A)).api;
  officerB = (await api.signedIn('officer', B)).api;
  staffA = (await api.signedIn('staff', A)).api;
  admin = (await api.signedIn('admin')).api;
  anonymous = api.as(null);
});
afterAll(() => testDb?.dispose());

const one = async (as: ApiAs, op: PushOp) => (await as.push([op])).results[0]!;
const countRows = async () =>
  (await testDb.db.query<{ n: number }>('select count(*)::int as n from activities'))[0]!.n;

describe(`push on ${TEST_DB_KIND}`, () => {
  it('applies a new entry with version 1 and stores the reporting year of its date', async () => {
    const autumn = sampleEntry(A, { date: '2025-10-01' });
    const summer = sampleEntry(A, { date: '2025-09-30' });
    const { results } = await officerA.push([upsertOp(autumn), upsertOp(summer)]);
    expect(results.map((r) => [r.status, r.version])).toEqual([
      ['applied', 1],
      ['applied', 1],
    ]);
    const rows = await testDb.db.query<{ id: string; reporting_year: number; created_by: string }>(
      'select id::text as id, reporting_year, created_by from activities where id = any($1::uuid[])',
      [[autumn.id, summer.id]],
    );
    const year = Object.fromEntries(rows.map((r) => [r.id, r.reporting_year]));
    expect(year).toEqual({ [autumn.id]: 2026, [summer.id]: 2025 });
    expect(rows.every((r) => r.created_by === officerAId)).toBe(true);
  });

  it('answers a replayed op with duplicate and changes nothing', async () => {
    const op = upsertOp(sampleEntry(A));
    expect(await one(officerA, op)).toMatchObject({ status: 'applied', version: 1 });
    const before = await countRows();
    const seq = await testDb.db.query('select seq from activities where id = $1', [op.id]);
    const again = await one(officerA, op);
    expect(again).toMatchObject({ status: 'duplicate', version: 1, current: { id: op.id, version: 1 } });
    expect(await countRows()).toBe(before);
    expect(await testDb.db.query('select seq from activities where id = $1', [op.id])).toEqual(seq);
  });

  it('rejects and logs a replay that carries different content under the same op id', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const op = upsertOp(sampleEntry(A));
    await one(officerA, op);
    const tampered = { ...op, data: { ...(op.data as object), title: 'Etwas anderes' } };
    expect(await one(officerA, tampered)).toEqual({
      opId: op.opId,
      status: 'rejected',
      errors: { opId: ['op_id_reused'] },
    });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(op.opId));
    warn.mockRestore();
    const rows = await testDb.db.query<{ title: string }>('select title from activities where id = $1', [
      op.id,
    ]);
    expect(rows[0]!.title).toBe('Infostand zum Internationalen Tag gegen Rassismus');
  });

  it('bumps the version per edit and answers a stale base version with conflict and the current record', async () => {
    const entry = sampleEntry(A);
    await one(officerA, upsertOp(entry));
    expect(await one(officerA, upsertOp({ ...entry, participantCount: 130 }, 1))).toMatchObject({
      status: 'applied',
      version: 2,
    });
    const stale = await one(colleagueA, upsertOp({ ...entry, title: 'Infostand (Kollegin)' }, 1));
    expect(stale).toMatchObject({
      status: 'conflict',
      current: { id: entry.id, version: 2, participantCount: 130 },
    });
    // The same content under a stale base is no conflict (a backup imported twice, say).
    expect(await one(colleagueA, upsertOp({ ...entry, participantCount: 130 }, 1))).toMatchObject({
      status: 'applied',
      version: 2,
    });
    // A new entry whose id the server already knows is a conflict too, never an overwrite.
    expect(await one(colleagueA, upsertOp({ ...entry, title: 'Neu?' }, null))).toMatchObject({
      status: 'conflict',
    });
  });

  it('deletes softly: a tombstone with a new version that the pull reports, and undo restores it', async () => {
    const entry = sampleEntry(A);
    await one(officerA, upsertOp(entry));
    const cursor = await pullCursor(officerA);
    expect(await one(colleagueA, deleteOp(entry.id, 0))).toMatchObject({ status: 'conflict' });
    expect(await one(officerA, deleteOp(entry.id, 1))).toMatchObject({ status: 'applied', version: 2 });
    expect(await one(officerA, deleteOp(entry.id, 1))).toMatchObject({ status: 'applied', version: 2 });
    const pulled = await pull(officerA, cursor);
    expect(pulled.changes.activities).toEqual({ upserts: [], deletes: [entry.id] });
    const undo = await one(officerA, upsertOp(entry, 2));
    expect(undo).toMatchObject({ status: 'applied', version: 3 });
    const [row] = await testDb.db.query<{ deleted: boolean }>(
      'select deleted from activities where id = $1',
      [entry.id],
    );
    expect(row!.deleted).toBe(false);
  });

  it('applies the ops of one push in order, each on its own', async () => {
    const entry = sampleEntry(A);
    const ops = [upsertOp(entry), upsertOp({ ...entry, title: 'Zweite Fassung' }, 1), { opId: 'kaputt' }];
    const { results } = await officerA.push(ops);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'rejected']);
    expect(results[1]!.version).toBe(2);
  });
});

describe(`bad input on ${TEST_DB_KIND}`, () => {
  it.each([
    ['an impossible date', { date: '2026-02-30' }, 'date', 'invalid_date'],
    ['a date that is no date', { date: '21.03.2026' }, 'date', 'invalid_date'],
    ['an end before the start', { endDate: '2026-03-20' }, 'endDate', 'end_before_start'],
    ['a negative count', { participantCount: -5 }, 'participantCount', 'negative'],
    ['a 100 kB title', { title: 'x'.repeat(100_000) }, 'title', 'too_long'],
    ['an empty title', { title: '   ' }, 'title', 'required'],
    ['an unknown category', { category: 9 }, 'category', 'invalid_choice'],
    ['an unknown status', { status: 'vielleicht' }, 'status', 'invalid_choice'],
    ['someone else’s partner id', { partnerId: B }, 'partnerId', 'forbidden_partner'],
    ['a link that is no URL', { links: ['nicht eine url'] }, 'links', 'invalid_url'],
  ])('rejects %s with a code on that field and stores nothing', async (_what, change, field, code) => {
    const entry = { ...sampleEntry(A), ...change } as never;
    const before = await countRows();
    const result = await one(officerA, upsertOp(entry));
    expect(result.status).toBe('rejected');
    expect(result.errors?.[field]).toContain(code);
    expect(await countRows()).toBe(before);
  });

  it.each([
    ['no JSON at all', 'this is not json', 400, 'invalid_json'],
    ['no ops', JSON.stringify({ deviceId: 'd', ops: [] }), 422, 'invalid_body'],
    ['too many ops', JSON.stringify({ deviceId: 'd', ops: Array(501).fill({}) }), 422, 'invalid_body'],
  ])('answers %s with a JSON error, not a 5xx', async (_what, body, status, code) => {
    const res = await officerA.request('/api/sync/push', { method: 'POST', body });
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ error: { code } });
  });

  it('turns away the public and staff before reading anything', async () => {
    const op = upsertOp(sampleEntry(A));
    const body = JSON.stringify({ deviceId: 'd', ops: [op] });
    expect((await anonymous.request('/api/sync/push', { method: 'POST', body })).status).toBe(401);
    expect((await staffA.request('/api/sync/push', { method: 'POST', body })).status).toBe(403);
    expect((await staffA.request('/api/sync/pull?collections=activities')).status).toBe(403);
    expect((await anonymous.request('/api/activities')).status).toBe(401);
  });
});

describe(`partners are kept apart on ${TEST_DB_KIND}`, () => {
  it('lets an admin work on any partner’s entries, but not name a partner that does not exist', async () => {
    const entry = sampleEntry(B);
    expect(await one(admin, upsertOp(entry))).toMatchObject({ status: 'applied' });
    expect(await one(admin, upsertOp(sampleEntry('gibt-es-nicht')))).toMatchObject({
      status: 'rejected',
      errors: { partnerId: ['invalid_choice'] },
    });
    const all = (await (await admin.request('/api/activities')).json()) as {
      activities: { partnerId: string }[];
    };
    expect(new Set(all.activities.map((a) => a.partnerId))).toEqual(new Set([A, B]));
  });

  it('lets an officer of partner B neither read nor change partner A’s entries', async () => {
    const entry = sampleEntry(A, { title: 'Nur für A' });
    await one(officerA, upsertOp(entry));
    expect(await one(officerB, upsertOp({ ...entry, partnerId: B }, 1))).toMatchObject({
      status: 'rejected',
      errors: { id: ['forbidden_partner'] },
    });
    expect(await one(officerB, deleteOp(entry.id, 1))).toMatchObject({ status: 'rejected' });
    expect((await officerB.request(`/api/activities/${entry.id}`)).status).toBe(404);
    expect((await officerB.request(`/api/activities?partnerId=${A}`)).status).toBe(403);
    const own = (await (await officerB.request('/api/activities')).json()) as {
      activities: { id: string }[];
    };
    expect(own.activities.map((a) => a.id)).not.toContain(entry.id);
    const pulled = await pull(officerB);
    expect(JSON.stringify(pulled)).not.toContain(entry.id);
    expect((await pull(colleagueA)).changes.activities?.upserts).toContainEqual(
      expect.objectContaining({ id: entry.id, title: 'Nur für A' }),
    );
  });
});

async function pull(as: ApiAs, cursor?: string) {
  const query = new URLSearchParams({ collections: 'activities', limit: '5000' });
  if (cursor) query.set('cursor', cursor);
  const res = await as.request(`/api/sync/pull?${query}`);
  expect(res.status).toBe(200);
  return pullResponseSchema.parse(await res.json());
}

async function pullCursor(as: ApiAs) {
  return (await pull(as)).cursor;
}

describe(`two server instances on one database (${TEST_DB_KIND})`, () => {
  it('apply a replayed op once and let only one of two competing edits through', async () => {
    const second = activityTestApi(await testDb.openAnother());
    const viaSecond = (await second.signedIn('officer', A)).api;
    const entry = sampleEntry(A);
    const op = upsertOp(entry);
    const both = await Promise.all([one(officerA, op), one(viaSecond, op)]);
    expect(both.map((r) => r.status).sort()).toEqual(['applied', 'duplicate']);

    const edits = await Promise.all([
      one(officerA, upsertOp({ ...entry, title: 'Erste Instanz' }, 1)),
      one(viaSecond, upsertOp({ ...entry, title: 'Zweite Instanz' }, 1)),
    ]);
    expect(edits.map((r) => r.status).sort()).toEqual(['applied', 'conflict']);
    const rows = await testDb.db.query<{ version: number }>('select version from activities where id = $1', [
      entry.id,
    ]);
    expect(rows).toEqual([{ version: 2 }]);
  });
});
