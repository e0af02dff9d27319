import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileReport, emptyDraft } from '../../shared/reports/index.ts';
import { memoryEntrySource } from '../reports/entry-source.ts';
import { saveDraft, submitReport } from '../reports/report-repository.ts';
import { sanitizeNarrative } from '../reports/sanitize.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { createTestDb, TEST_DB_KIND, type TestDb } from '../test-support/test-db.ts';
import { createReportTestClient, type TestUser } from '../test-support/report-app.ts';

/**
 * Who may do what with reports. Partner A (Stadt Jülich) has a draft, partner B (Stadt Duisburg)
 * a submitted report. Roles are tried in this order, so a granted write comes after the denials.
 */
const ROLES: TestUser[] = ['public', 'staffA', 'officerB', 'officerA', 'admin'];
const A = '/api/reports/stadt-juelich/2026';
const B = '/api/reports/stadt-duisburg/2026';
const draftBody = JSON.stringify({ baseVersion: null, force: true, draft: emptyDraft() });

type Row = [label: string, method: string, path: string, expected: Record<TestUser, number>, body?: string];
const MATRIX: Row[] = [
  ['read A’s draft (JSON)', 'GET', A, { public: 404, staffA: 404, officerB: 404, officerA: 200, admin: 200 }],
  [
    'read A’s draft (HTML)',
    'GET',
    `${A}.html`,
    { public: 404, staffA: 404, officerB: 404, officerA: 200, admin: 200 },
  ],
  [
    'read A’s draft (DOCX)',
    'GET',
    `${A}.docx`,
    { public: 404, staffA: 404, officerB: 404, officerA: 200, admin: 200 },
  ],
  [
    'export A’s entries (CSV)',
    'GET',
    `${A}.csv`,
    { public: 401, staffA: 403, officerB: 403, officerA: 200, admin: 200 },
  ],
  [
    'read B’s submitted report',
    'GET',
    `${B}.json`,
    { public: 200, staffA: 200, officerB: 200, officerA: 200, admin: 200 },
  ],
  [
    'read B’s submitted report (DOCX)',
    'GET',
    `${B}.docx`,
    { public: 200, staffA: 200, officerB: 200, officerA: 200, admin: 200 },
  ],
  [
    'read B’s version history',
    'GET',
    `${B}/versions/1`,
    { public: 401, staffA: 403, officerB: 200, officerA: 403, admin: 200 },
  ],
  [
    'save A’s draft',
    'PUT',
    `${A}/draft`,
    { public: 401, staffA: 403, officerB: 403, officerA: 200, admin: 200 },
    draftBody,
  ],
  [
    'submit A’s report',
    'POST',
    `${A}/submit`,
    { public: 401, staffA: 403, officerB: 403, officerA: 200, admin: 409 },
    '{}',
  ],
  [
    'reopen B’s report',
    'POST',
    `${B}/reopen`,
    { public: 401, staffA: 403, officerB: 403, officerA: 403, admin: 200 },
  ],
  [
    'ministry overview',
    'GET',
    '/api/brochure/2026',
    { public: 401, staffA: 403, officerB: 403, officerA: 403, admin: 200 },
  ],
  [
    'brochure DOCX',
    'GET',
    '/api/brochure/2026.docx',
    { public: 401, staffA: 403, officerB: 403, officerA: 403, admin: 200 },
  ],
  [
    'brochure HTML',
    'GET',
    '/api/brochure/2026.html',
    { public: 401, staffA: 403, officerB: 403, officerA: 403, admin: 200 },
  ],
  [
    'edit brochure intros',
    'PUT',
    '/api/brochure/2026/intros',
    { public: 401, staffA: 403, officerB: 403, officerA: 403, admin: 200 },
    '{"intros":{"1":"x"}}',
  ],
  [
    'record a reminder',
    'POST',
    '/api/brochure/2026/reminders/stadt-juelich',
    { public: 401, staffA: 403, officerB: 403, officerA: 403, admin: 201 },
  ],
];

let testDb: TestDb;
let client: Awaited<ReturnType<typeof createReportTestClient>>;

beforeAll(async () => {
  testDb = await createTestDb();
  await loadSeed(testDb.db);
  client = await createReportTestClient(testDb.db, {
    entries: memoryEntrySource(() => []),
    today: () => '2026-03-01',
  });
  const draft = { ...emptyDraft(), intro: 'Geheimer Entwurf von A' };
  await saveDraft(testDb.db, {
    partnerId: 'stadt-juelich',
    year: 2026,
    draft,
    baseVersion: null,
    force: false,
    userId: null,
  });
  await submitReport(
    testDb.db,
    { partnerId: 'stadt-duisburg', year: 2026, baseVersion: null, userId: null },
    async (row, at) =>
      compileReport({
        partner: { id: 'stadt-duisburg', name: 'Stadt Duisburg' },
        year: 2026,
        entries: [],
        draft: row.draft,
        state: 'submitted',
        submittedAt: at,
        sanitizeNarrative,
      }),
  );
});
afterAll(() => testDb.dispose());

describe(`report authorisation matrix on ${TEST_DB_KIND}`, () => {
  it.each(MATRIX)('%s', async (_label, method, path, expected, body) => {
    const actual: Partial<Record<TestUser, number>> = {};
    for (const role of ROLES) {
      const res = await client.request(role, path, { method, body });
      actual[role] = res.status;
      // Nothing of A's draft reaches anyone who may not edit it, whatever the status code.
      if (role !== 'officerA' && role !== 'admin') expect(await res.text()).not.toContain('Geheimer Entwurf');
    }
    expect(actual).toEqual(expected);
  });
});
