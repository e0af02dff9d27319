import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyDraft, type ReportView } from '../../../shared/reports/index.ts';
import { db } from './db.ts';
import { pushReportDraft, resolveReportConflict } from './report-sync.ts';
import { countUnsentDrafts, editReportDraft, fetchReport, getReportWorkspace } from './reports.ts';
import { draft as entry } from './test-support/fake-device.ts';

const P = 'stadt-juelich';
const Y = 2026;

function view(change: Partial<ReportView> = {}): ReportView {
  return {
    report: { partnerId: P } as ReportView['report'],
    state: 'draft',
    version: 1,
    updatedAt: '2026-03-01T10:00:00Z',
    submittedAt: null,
    source: 'app',
    draft: { ...emptyDraft(), intro: 'Server' },
    entries: [],
    versions: [],
    previous: null,
    ...change,
  };
}

const answer = (status: number, body: unknown) =>
  (async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })) as typeof fetch;
const offline = (async () => {
  throw new TypeError('Failed to fetch');
}) as typeof fetch;

beforeEach(async () => {
  await Promise.all([db.reportDrafts.clear(), db.reportViews.clear(), db.activities.clear()]);
});

describe('report drafts on the device', () => {
  it('keeps an offline edit as unsent work and sends it once the server answers', async () => {
    await fetchReport(P, Y, answer(200, view()));
    await editReportDraft(P, Y, { ...emptyDraft(), intro: 'Offline geschrieben' });
    expect(await pushReportDraft(P, Y, { fetcher: offline })).toBe('offline');
    expect(await countUnsentDrafts()).toBe(1);

    const saved = { state: 'draft', version: 2, updatedAt: null, submittedAt: null, source: 'app', draft: { ...emptyDraft(), intro: 'Offline geschrieben' } };
    expect(await pushReportDraft(P, Y, { fetcher: answer(200, saved) })).toBe('saved');
    const { local, view: cached } = await getReportWorkspace(P, Y);
    expect(local).toMatchObject({ dirty: 0, baseVersion: 2, conflict: null });
    expect(cached?.draft.intro).toBe('Offline geschrieben');
    expect(await countUnsentDrafts()).toBe(0);
  });

  it('never overwrites unsent edits with a fresh server copy, but follows it when clean', async () => {
    await fetchReport(P, Y, answer(200, view()));
    await editReportDraft(P, Y, { ...emptyDraft(), intro: 'Meins' });
    await fetchReport(P, Y, answer(200, view({ version: 5, draft: { ...emptyDraft(), intro: 'Neuer vom Server' } })));
    expect((await getReportWorkspace(P, Y)).local).toMatchObject({ dirty: 1, baseVersion: 1, draft: { intro: 'Meins' } });

    await db.reportDrafts.update([P, Y], { dirty: 0 });
    await fetchReport(P, Y, answer(200, view({ version: 6, draft: { ...emptyDraft(), intro: 'Neuer vom Server' } })));
    expect((await getReportWorkspace(P, Y)).local).toMatchObject({ dirty: 0, baseVersion: 6, draft: { intro: 'Neuer vom Server' } });
  });

  it('keeps both versions on a conflict until the user chooses', async () => {
    await fetchReport(P, Y, answer(200, view()));
    await editReportDraft(P, Y, { ...emptyDraft(), intro: 'Meins' });
    const current = { state: 'draft', version: 3, updatedAt: null, submittedAt: null, source: 'app', draft: { ...emptyDraft(), intro: 'Anderes Gerät' } };
    const conflict = answer(409, { error: { code: 'conflict', message: 'x' }, current });
    expect(await pushReportDraft(P, Y, { fetcher: conflict })).toBe('conflict');
    const { local } = await getReportWorkspace(P, Y);
    expect(local).toMatchObject({ dirty: 1, draft: { intro: 'Meins' }, conflict: { version: 3, draft: { intro: 'Anderes Gerät' } } });
    // Without a choice, nothing is sent again.
    expect(await pushReportDraft(P, Y, { fetcher: answer(200, current) })).toBe('conflict');

    expect(await resolveReportConflict(P, Y, 'theirs')).toBe('saved');
    expect((await getReportWorkspace(P, Y)).local).toMatchObject({ dirty: 0, baseVersion: 3, conflict: null, draft: { intro: 'Anderes Gerät' } });
  });

  it('marks the draft locked when the report was submitted meanwhile, keeping the edit', async () => {
    await fetchReport(P, Y, answer(200, view()));
    await editReportDraft(P, Y, { ...emptyDraft(), intro: 'Zu spät' });
    const locked = answer(409, { error: { code: 'report_locked', message: 'x' }, current: { ...view(), state: 'submitted' } });
    expect(await pushReportDraft(P, Y, { fetcher: locked })).toBe('locked');
    expect((await getReportWorkspace(P, Y)).local).toMatchObject({ dirty: 1, locked: true, draft: { intro: 'Zu spät' } });
    // Once the ministry reopens the report, the edit is free to go again (and meets the new version).
    await fetchReport(P, Y, answer(200, view({ state: 'reopened', version: 4 })));
    expect((await getReportWorkspace(P, Y)).local).toMatchObject({ dirty: 1, locked: false, draft: { intro: 'Zu spät' } });
  });

  it('compiles the server’s entries overlaid with the device’s own, unsent ones', async () => {
    const fromServer = entry({ title: 'Vom Server' });
    const editedHere = entry({ title: 'Hier geändert' });
    const deletedHere = entry({ title: 'Hier gelöscht' });
    const nextYear = entry({ title: 'Nächstes Jahr', date: '2026-10-02' });
    await fetchReport(P, Y, answer(200, view({ entries: [fromServer, { ...editedHere, title: 'Alt' }, deletedHere] })));
    const local = (e: typeof fromServer, deleted: 0 | 1) => ({ ...e, version: 1, reportingYear: 2026, createdBy: null, updatedAt: '', deleted, sync: 'pending' as const });
    await db.activities.bulkPut([local(editedHere, 0), local(deletedHere, 1), local(nextYear, 0), local(entry({ title: 'Neu offline' }), 0)]);
    const titles = (await getReportWorkspace(P, Y)).entries.map((e) => e.title).sort();
    expect(titles).toEqual(['Hier geändert', 'Neu offline', 'Vom Server']);
  });
});
