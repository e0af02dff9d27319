import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityInput } from '../../shared/activities/index.ts';
import {
  emptyDraft,
  type ReportDraft,
  type ReportModel,
  type ReportView,
} from '../../shared/reports/index.ts';
import { fixtureEntry as entry } from '../../shared/reports/test-fixtures.ts';
import { checkHtml } from '../../tests/tools/html-wellformed.ts';
import { docxParagraphs, readZip } from '../../tests/tools/zip-reader.ts';
import { dbEntrySource, memoryEntrySource } from '../reports/entry-source.ts';
import { importBrochureYear } from '../reports/import-brochure.ts';
import { loadSeed, readSeed, type Seed } from '../seed/load-seed.ts';
import { sampleEntry, upsertOp } from '../test-support/activity-fixtures.ts';
import { createTestDb, TEST_DB_KIND, type TestDb } from '../test-support/test-db.ts';
import { createReportTestClient } from '../test-support/report-app.ts';

let testDb: TestDb;
let seed: Seed;
let client: Awaited<ReturnType<typeof createReportTestClient>>;
let entries: ActivityInput[] = [];
const A = 'stadt-juelich';

beforeAll(async () => {
  testDb = await createTestDb();
  seed = await readSeed();
  await loadSeed(testDb.db, seed);
  client = await createReportTestClient(testDb.db, {
    entries: memoryEntrySource(() => entries),
    today: () => '2026-03-01',
  });
});
afterAll(() => testDb.dispose());

const put = (draft: ReportDraft, baseVersion: number | null, extra: object = {}) =>
  client.request('officerA', `/api/reports/${A}/2026/draft`, {
    method: 'PUT',
    body: JSON.stringify({ baseVersion, draft, ...extra }),
  });
const json = async <T = Record<string, unknown>>(res: Response) => (await res.json()) as T;

describe(`report drafts on ${TEST_DB_KIND}`, () => {
  it('compiles a not-started report from the partner’s entries', async () => {
    entries = [
      entry({
        partnerId: A,
        title: 'Fortbildung Vielfalt',
        category: 2,
        type: 'training',
        participantCount: 12,
      }),
      entry({ partnerId: A, title: 'Stand am Markt', category: 3, secondaryCategories: [5] }),
      entry({ partnerId: 'stadt-duisburg', title: 'Fremd' }),
    ];
    const res = await client.request('officerA', `/api/reports/${A}/2026`);
    expect(res.status).toBe(200);
    const body = await json<{
      state: string;
      version: number;
      report: ReportModel;
      entries: ActivityInput[];
    }>(res);
    expect(body.state).toBe('not-started');
    expect(body.version).toBe(0);
    expect(body.entries).toHaveLength(2);
    expect(body.report.partnerName).toBe('Stadt Jülich');
    expect(body.report.totals).toMatchObject({ entries: 2, participants: 12 });
  });

  it('saves drafts with optimistic versions, sanitises the narrative and reports conflicts', async () => {
    const draft = {
      ...emptyDraft(),
      intro: 'Hallo',
      narratives: { 2: '<p onclick="x()">Gut<script>alert(1)</script></p>' },
    };
    const first = await put(draft, null);
    expect(first.status).toBe(200);
    expect(await json(first)).toMatchObject({ state: 'draft', version: 1 });
    const second = await put({ ...draft, intro: 'Hallo 2' }, 1);
    expect(await json(second)).toMatchObject({
      version: 2,
      draft: { intro: 'Hallo 2', narratives: { 2: '<p>Gut</p>' } },
    });

    const stale = await put({ ...draft, intro: 'Vom anderen Gerät' }, 1);
    expect(stale.status).toBe(409);
    expect(await json(stale)).toMatchObject({
      error: { code: 'conflict' },
      current: { version: 2, draft: { intro: 'Hallo 2' } },
    });
    const forced = await put({ ...draft, intro: 'Meine Fassung' }, 1, { force: true });
    expect(await json(forced)).toMatchObject({ version: 3, draft: { intro: 'Meine Fassung' } });
  });

  it('rejects an invalid draft with field errors', async () => {
    const res = await put({ ...emptyDraft(), intro: 'x'.repeat(20_001) }, 3);
    expect(res.status).toBe(400);
    expect(await json(res)).toMatchObject({
      error: { code: 'invalid_draft', fields: { 'draft.intro': expect.any(Array) } },
    });
  });

  it('locks on submit, keeps the submitted version frozen, and lets an admin reopen it', async () => {
    const submit = await client.request('officerA', `/api/reports/${A}/2026/submit`, {
      method: 'POST',
      body: JSON.stringify({ baseVersion: 3 }),
    });
    expect(submit.status).toBe(200);
    expect(await json(submit)).toMatchObject({ state: 'submitted', versionNumber: 1 });

    expect((await put(emptyDraft(), 4)).status).toBe(409);
    const again = await client.request('officerA', `/api/reports/${A}/2026/submit`, { method: 'POST' });
    expect(await json(again)).toMatchObject({ error: { code: 'already_submitted' } });

    entries = [...entries, entry({ partnerId: A, title: 'Nachgetragen' })];
    const publicView = await json<{ report: ReportModel }>(
      await client.request('public', `/api/reports/${A}/2026.json`),
    );
    expect(publicView.report.state).toBe('submitted');
    expect(publicView.report.totals.entries).toBe(2);
    expect(publicView.report.intro).toBe('Meine Fassung');

    const officerView = await json<{ report: ReportModel; versions: unknown[] }>(
      await client.request('officerA', `/api/reports/${A}/2026`),
    );
    expect(officerView.report.totals.entries).toBe(2);
    expect(officerView.versions).toEqual([
      expect.objectContaining({ number: 1, submittedBy: client.users.officerA.id }),
    ]);

    const reopen = await client.request('admin', `/api/reports/${A}/2026/reopen`, { method: 'POST' });
    expect(await json(reopen)).toMatchObject({ state: 'reopened' });
    const afterReopen = await json<{ report: ReportModel; version: number }>(
      await client.request('officerA', `/api/reports/${A}/2026`),
    );
    expect(afterReopen.report.totals.entries).toBe(3);
    expect((await put(emptyDraft(), afterReopen.version)).status).toBe(200);
    // While reopened, readers still see the last submitted version and nothing of the new draft.
    expect(
      (await json<{ report: ReportModel }>(await client.request('public', `/api/reports/${A}/2026`))).report
        .intro,
    ).toBe('Meine Fassung');

    const v1 = await client.request('officerA', `/api/reports/${A}/2026/versions/1.docx`);
    expect(v1.status).toBe(200);
    const text = docxParagraphs(
      readZip(Buffer.from(await v1.arrayBuffer()))
        .get('word/document.xml')!
        .toString(),
    ).map((p) => p.text);
    expect(text).toContain('Meine Fassung');
  });
});

describe(`report exports on ${TEST_DB_KIND}`, () => {
  it('exports HTML that parses, with a strict content security policy', async () => {
    const res = await client.request('officerA', `/api/reports/${A}/2026.html`);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(checkHtml(html)).toEqual([]);
    expect(html).toContain('Nachgetragen');
  });

  it('exports the entries as CSV with a BOM', async () => {
    const res = await client.request('admin', `/api/reports/${A}/2026.csv`);
    expect(res.headers.get('content-disposition')).toContain(
      'statusbericht-2026-stadt-juelich-eintraege.csv',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Fortbildung Vielfalt');
  });

  it('exports a year without entries as a report that says so', async () => {
    const res = await client.request('officerA', `/api/reports/${A}/2025.docx`);
    expect(res.status).toBe(200);
    const xml = readZip(Buffer.from(await res.arrayBuffer()))
      .get('word/document.xml')!
      .toString();
    expect(xml).toContain('Für das Berichtsjahr 2024/25 liegen keine Einträge vor.');
  });

  it.each([
    ['/api/reports/keine-partnerin/2026', 'partner_not_found'],
    ['/api/reports/stadt-juelich/abc', 'unknown_year'],
    ['/api/reports/stadt-juelich/2011', 'unknown_year'],
    ['/api/reports/stadt-juelich/2028', 'unknown_year'],
    ['/api/reports/stadt-juelich/2026.pdf', 'unknown_year'],
    ['/api/reports/stadt-juelich/2026/versions/9', 'version_not_found'],
  ])('answers %s with a clear 404', async (path, code) => {
    const res = await client.request('admin', path);
    expect(res.status).toBe(404);
    const body = await json<{ error: { code: string; message: string } }>(res);
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(20);
  });
});

describe(`ministry overview and brochure on ${TEST_DB_KIND}`, () => {
  it('imports the 2020/21 brochure as each partner’s submitted report of 2021, once', async () => {
    const first = await importBrochureYear(testDb.db, 2021);
    const partnersWithMeasures = new Set(
      seed.measures.filter((m) => m.reportingYear === 2021).map((m) => m.partnerId),
    );
    expect(first.reports).toBe(partnersWithMeasures.size);
    expect((await importBrochureYear(testDb.db, 2021)).reports).toBe(0);

    const measure = seed.measures.find((m) => m.partnerId === A)!;
    const res = await client.request('public', `/api/reports/${A}/2021`);
    const body = await json<{ report: ReportModel }>(res);
    expect(body.report.source).toBe('brochure-2020-21');
    expect(body.report.categories.find((c) => c.id === measure.category)!.narrative).toContain(
      measure.titleDe.replace(/&/g, '&amp;'),
    );
    const html = await (await client.request('public', `/api/reports/${A}/2021.html`)).text();
    expect(html).toContain('Übernommen aus der Partnerbroschüre 2020/21');
  });

  it('shows last year’s report beside this year’s and carries the commitments over', async () => {
    const view = await json<ReportView>(await client.request('officerA', `/api/reports/${A}/2022`));
    expect(view.previous).toMatchObject({ year: 2021, yearLabel: '2020/21', source: 'brochure-2020-21' });
    const measure = seed.measures.find((m) => m.partnerId === A)!;
    const narrative = view.previous!.categories.find((c) => c.id === measure.category)!.narrative;
    expect(narrative).toContain('<strong>');

    const commitment = {
      id: 'c1',
      kind: 'commitment' as const,
      title: 'Stellenanzeigen',
      status: 'in-progress' as const,
      progress: 'Halb',
      due: null,
    };
    await client.request('officerA', `/api/reports/${A}/2023/draft`, {
      method: 'PUT',
      body: JSON.stringify({ baseVersion: null, draft: { ...emptyDraft(), commitments: [commitment] } }),
    });
    const next = await json<ReportView>(await client.request('officerA', `/api/reports/${A}/2024`));
    expect(next.state).toBe('not-started');
    expect(next.draft.commitments).toEqual([{ ...commitment, progress: '' }]);
  });

  it('shows every partner’s state, takes reminders and falls back to the last intros', async () => {
    const reminded = await client.request('admin', `/api/brochure/2026/reminders/stadt-duisburg`, {
      method: 'POST',
    });
    expect(reminded.status).toBe(201);
    const res = await client.request('admin', '/api/brochure/2026');
    const body = await json<{
      partners: { partnerId: string; state: string; reminders: number }[];
      introsYear: number;
      intros: Record<string, string>;
      stats: {
        total: number;
        byCategory: Record<string, number>;
        byMonth: { month: string; count: number }[];
      };
    }>(res);
    expect(body.partners).toHaveLength(seed.partners.length);
    expect(body.partners.find((p) => p.partnerId === A)!.state).toBe('reopened');
    expect(body.partners.find((p) => p.partnerId === 'stadt-duisburg')).toMatchObject({
      state: 'not-started',
      reminders: 1,
    });
    expect(body.introsYear).toBe(2021);
    expect(body.intros['1']).toContain('Gleiche Teilhabe und Chancengerechtigkeit');
    expect(body.stats.total).toBe(entries.length);
    expect(body.stats.byMonth[0]!.month).toBe('2025-10');

    const saved = await client.request('admin', '/api/brochure/2026/intros', {
      method: 'PUT',
      body: JSON.stringify({ intros: { 6: 'Neu für 2026' } }),
    });
    expect(saved.status).toBe(200);
    const after = await json<{ introsYear: number; intros: Record<string, string> }>(
      await client.request('admin', '/api/brochure/2026'),
    );
    expect(after.introsYear).toBe(2026);
    expect(after.intros['6']).toBe('Neu für 2026');
    expect(after.intros['1']).toContain('Gleiche Teilhabe');
  });

  it('compiles the brochure of submitted reports by category, then partner', async () => {
    const res = await client.request('admin', '/api/brochure/2021.docx');
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const paragraphs = docxParagraphs(
      readZip(Buffer.from(await res.arrayBuffer()))
        .get('word/document.xml')!
        .toString(),
    );
    const chapter1 = paragraphs.findIndex((p) => p.style === 'Heading1' && p.text.startsWith('1 '));
    const chapter2 = paragraphs.findIndex((p) => p.style === 'Heading1' && p.text.startsWith('2 '));
    const partnersIn1 = paragraphs
      .slice(chapter1, chapter2)
      .filter((p) => p.style === 'Heading2')
      .map((p) => p.text);
    expect(partnersIn1.length).toBeGreaterThan(5);
    expect(partnersIn1).toEqual([...partnersIn1].sort((a, b) => a.localeCompare(b, 'de')));
    const html = await (await client.request('admin', '/api/brochure/2021.html')).text();
    expect(checkHtml(html)).toEqual([]);
    expect(html).toContain('Partnerbroschüre 2020/21');
  });
});

describe(`reports on the database's own entry source on ${TEST_DB_KIND}`, () => {
  it('submits without waiting on itself (entries are read inside the submit transaction)', async () => {
    const own = await createReportTestClient(testDb.db, {
      entries: dbEntrySource,
      today: () => '2026-03-01',
    });
    const res = await own.request('officerB', '/api/reports/stadt-duisburg/2026/submit', { method: 'POST' });
    expect(res.status).toBe(200);
    const view = await json<ReportView>(await own.request('officerB', '/api/reports/stadt-duisburg/2026'));
    expect(view.state).toBe('submitted');
    expect(view.report.empty).toBe(true);
  });

  it('compiles the entries officers pushed (activities table), across the year boundary by range', async () => {
    const own = await createReportTestClient(testDb.db, {
      entries: dbEntrySource,
      today: () => '2026-03-01',
    });
    const push = (entry: ActivityInput) =>
      own.request('officerA', '/api/sync/push', {
        method: 'POST',
        body: JSON.stringify({ deviceId: 'report-test', ops: [upsertOp(entry)] }),
      });
    const held = sampleEntry(A, {
      title: 'Interkulturelles Training',
      category: 2,
      type: 'training',
      participantCount: 18,
    });
    const across = sampleEntry(A, { title: 'Projektwoche', date: '2025-09-29', endDate: '2025-10-03' });
    const before = sampleEntry(A, { title: 'Vorjahr', date: '2025-09-30' });
    const cancelled = sampleEntry(A, { title: 'Dialogabend', status: 'cancelled', secondaryCategories: [5] });
    for (const entry of [held, across, before, cancelled]) expect((await push(entry)).status).toBe(200);

    const view = await json<ReportView>(await own.request('officerA', `/api/reports/${A}/2026`));
    expect(view.entries.map((e) => e.title).sort()).toEqual([
      'Dialogabend',
      'Interkulturelles Training',
      'Projektwoche',
    ]);
    const lines = view.report.categories.flatMap((c) =>
      c.groups.flatMap((g) => g.entries.map((e) => e.text)),
    );
    expect(lines).toContain(
      '29.09.–03.10.2025: Projektwoche – in Präsenz, Marktplatz; Kooperation: Integrationsrat; Sprachen: Deutsch und Türkisch; 1 Termin, 120 Teilnehmende.',
    );
    expect(lines.find((l) => l.includes('Dialogabend'))).toContain('(abgesagt)');
    expect(view.report.categories.find((c) => c.id === 5)!.references[0]!.title).toBe('Dialogabend');
    expect(view.report.categories.find((c) => c.id === 2)!.totals).toMatchObject({
      entries: 1,
      participants: 18,
    });
    const stats = await json<{ stats: { total: number } }>(await own.request('admin', '/api/brochure/2026'));
    expect(stats.stats.total).toBe(3);
  });
});
