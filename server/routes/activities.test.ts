import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../shared/activities/index.ts';
import { uuidv7 } from '../../shared/sync/index.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { sampleEntry, upsertOp } from '../test-support/activity-fixtures.ts';
import { activityTestApi, type ApiAs } from '../test-support/activity-harness.ts';
import { createTestDb, TEST_DB_KIND, type TestDb } from '../test-support/test-db.ts';

const A = 'stadt-juelich';
const B = 'bezirksregierung-arnsberg';
let testDb: TestDb;
const as: Record<'public' | 'staffA' | 'officerA' | 'officerB' | 'admin', ApiAs> = {} as never;

beforeAll(async () => {
  testDb = await createTestDb();
  await loadSeed(testDb.db);
  const api = activityTestApi(testDb.db);
  as.public = api.as(null);
  as.staffA = (await api.signedIn('staff', A)).api;
  as.officerA = (await api.signedIn('officer', A)).api;
  as.officerB = (await api.signedIn('officer', B)).api;
  as.admin = (await api.signedIn('admin')).api;
});
afterAll(() => testDb?.dispose());

const json = (body: unknown) => JSON.stringify(body);

describe(`activity REST routes on ${TEST_DB_KIND}`, () => {
  it('creates, reads, updates with the version, answers a stale version with 409, and deletes', async () => {
    const entry = sampleEntry(A);
    const created = await as.officerA.request('/api/activities', { method: 'POST', body: json(entry) });
    expect(created.status).toBe(201);
    const { activity } = (await created.json()) as { activity: Activity };
    expect(activity).toMatchObject({ id: entry.id, version: 1, reportingYear: 2026 });

    const updated = await as.officerA.request(`/api/activities/${entry.id}`, {
      method: 'PUT',
      body: json({ ...entry, title: 'Geändert', version: 1 }),
    });
    expect(updated.status).toBe(200);
    expect(((await updated.json()) as { activity: Activity }).activity).toMatchObject({
      title: 'Geändert',
      version: 2,
    });

    const stale = await as.officerA.request(`/api/activities/${entry.id}`, {
      method: 'PUT',
      body: json({ ...entry, title: 'Veraltet', version: 1 }),
    });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: 'conflict' }, current: { title: 'Geändert' } });

    const deleted = await as.officerA.request(`/api/activities/${entry.id}?version=2`, { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect((await as.officerA.request(`/api/activities/${entry.id}`)).status).toBe(404);
  });

  it('makes a retried create with the same Idempotency-Key harmless', async () => {
    const entry = sampleEntry(A);
    const key = uuidv7();
    const init = { method: 'POST', body: json(entry), headers: { 'Idempotency-Key': key } };
    expect((await as.officerA.request('/api/activities', init)).status).toBe(201);
    expect((await as.officerA.request('/api/activities', init)).status).toBe(201);
    const rows = await testDb.db.query('select version from activities where id = $1', [entry.id]);
    expect(rows).toEqual([{ version: 1 }]);
  });

  it('answers bad input with per-field codes, never a 5xx', async () => {
    const res = await as.officerA.request('/api/activities', {
      method: 'POST',
      body: json({ ...sampleEntry(A), date: '2026-13-01', participantCount: -3, category: 0, title: '' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: {
        code: 'invalid_input',
        fields: {
          date: ['invalid_date'],
          participantCount: ['negative'],
          category: ['invalid_choice'],
          title: ['required'],
        },
      },
    });
    const garbage = await as.officerA.request('/api/activities', { method: 'POST', body: '{"title":' });
    expect(garbage.status).toBe(400);
    const notJson = await as.officerA.request('/api/activities', {
      method: 'POST',
      body: 'title=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(notJson.status).toBe(415);
    expect((await as.officerA.request('/api/activities/not-a-uuid')).status).toBe(404);
    expect((await as.officerA.request('/api/activities?year=abc')).status).toBe(400);
  });
});

describe(`authorisation matrix of the activity routes on ${TEST_DB_KIND}`, () => {
  let entryOfA: string;
  beforeAll(async () => {
    const entry = sampleEntry(A);
    await as.officerA.push([upsertOp(entry)]);
    entryOfA = entry.id;
  });

  type Who = keyof typeof as;
  const cases: [string, (id: string) => [string, RequestInit?], Record<Who, number>][] = [
    [
      'GET /api/activities (own partner)',
      () => ['/api/activities'],
      { public: 401, staffA: 403, officerA: 200, officerB: 200, admin: 200 },
    ],
    [
      'GET /api/activities?partnerId=A',
      () => [`/api/activities?partnerId=${A}`],
      { public: 401, staffA: 403, officerA: 200, officerB: 403, admin: 200 },
    ],
    [
      'GET /api/activities/:id of A',
      (id) => [`/api/activities/${id}`],
      { public: 401, staffA: 403, officerA: 200, officerB: 404, admin: 200 },
    ],
    [
      'PUT /api/activities/:id of A',
      (id) => [
        `/api/activities/${id}`,
        { method: 'PUT', body: json({ ...sampleEntry(A), id, title: 'Matrix', version: 99 }) },
      ],
      { public: 401, staffA: 403, officerA: 409, officerB: 403, admin: 409 },
    ],
    [
      'DELETE /api/activities/:id of A',
      (id) => [`/api/activities/${id}?version=99`, { method: 'DELETE' }],
      { public: 401, staffA: 403, officerA: 409, officerB: 404, admin: 409 },
    ],
    [
      'POST /api/activities for A',
      () => ['/api/activities', { method: 'POST', body: json(sampleEntry(A)) }],
      { public: 401, staffA: 403, officerA: 201, officerB: 403, admin: 201 },
    ],
    [
      'POST /api/sync/push for A',
      () => [
        '/api/sync/push',
        { method: 'POST', body: json({ deviceId: 'd', ops: [upsertOp(sampleEntry(A))] }) },
      ],
      { public: 401, staffA: 403, officerA: 200, officerB: 200, admin: 200 },
    ],
    [
      'GET /api/sync/pull?collections=activities',
      () => ['/api/sync/pull?collections=activities'],
      { public: 401, staffA: 403, officerA: 200, officerB: 200, admin: 200 },
    ],
  ];
  it.each(cases)('%s', async (_route, build, expected) => {
    const seen: Record<string, number> = {};
    for (const who of Object.keys(expected) as Who[]) {
      const [path, init] = build(entryOfA);
      seen[who] = (await as[who].request(path, init)).status;
    }
    expect(seen).toEqual(expected);
  });

  it('never shows partner A’s entry to partner B, in any answer', async () => {
    const answers = await Promise.all([
      as.officerB.request('/api/activities').then((r) => r.text()),
      as.officerB.request('/api/sync/pull?collections=activities').then((r) => r.text()),
      as.officerB.push([upsertOp({ ...sampleEntry(B), id: entryOfA })]).then((r) => JSON.stringify(r)),
    ]);
    for (const answer of answers) expect(answer).not.toContain('Infostand zum Internationalen');
  });
});
