import type { ActivityInput } from '../../../shared/activities/index.ts';
import { reportingYearRange } from '../../../shared/catalog/reporting-year.ts';
// Only the draft module: the report compiler stays out of the first page load.
import { emptyDraft, type ReportDraft } from '../../../shared/reports/draft.ts';
import type { ReportView, SubmittedReportView } from '../../../shared/reports/index.ts';
import { db } from './db.ts';
import type { ReportDraftRecord, ReportViewRecord } from './report-records.ts';
import { sessionEndedByServer } from './session.ts';

/**
 * A partner's report on this device: the server's last answer (cached) and the local draft.
 * Screens read this; it works offline once the report was opened online once.
 */
export interface ReportWorkspace {
  view: ReportView | null;
  local: ReportDraftRecord | null;
  fetchedAt: string | null;
  /**
   * The entries the report compiles: the server's, overlaid with this device's own (new, edited or
   * deleted here and maybe not sent yet), so an entry logged offline shows in the report at once.
   */
  entries: ActivityInput[];
}

export type ReportFetchOutcome = 'ok' | 'offline' | 'not-found' | 'not-submitted' | 'forbidden' | 'server';

type Listener = (partnerId: string, year: number) => void;
const listeners = new Set<Listener>();

/** Called whenever a report's data on this device changed (fetch, edit, push, conflict). */
export function onReportChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export function reportChanged(partnerId: string, year: number) {
  for (const listener of listeners) listener(partnerId, year);
}

export async function getReportWorkspace(partnerId: string, year: number): Promise<ReportWorkspace> {
  const [cached, local, deviceEntries] = await Promise.all([
    db.reportViews.get([partnerId, year]),
    db.reportDrafts.get([partnerId, year]),
    db.activities.where('partnerId').equals(partnerId).toArray(),
  ]);
  const view = cached?.view ?? null;
  // A reader's view (submitted version only) has no entries of its own to overlay.
  const entries = new Map((view?.entries ?? []).map((entry) => [entry.id, entry]));
  if (!view || view.version > 0 || view.state !== 'submitted') {
    const { start, end } = reportingYearRange(year);
    for (const entry of deviceEntries) {
      if (entry.deleted) entries.delete(entry.id);
      else if (entry.date <= end && (entry.endDate ?? entry.date) >= start) entries.set(entry.id, entry);
      else entries.delete(entry.id);
    }
  }
  return { view, local: local ?? null, fetchedAt: cached?.fetchedAt ?? null, entries: [...entries.values()] };
}

export const reportUrl = (partnerId: string, year: number, suffix = '') =>
  `/api/reports/${encodeURIComponent(partnerId)}/${year}${suffix}`;

/** Fetches the server's view and, unless the device holds unsent edits, takes its draft. */
export async function fetchReport(
  partnerId: string,
  year: number,
  fetcher: typeof fetch = (...args) => fetch(...args),
): Promise<ReportFetchOutcome> {
  let response: Response;
  try {
    response = await fetcher(reportUrl(partnerId, year, '.json'), { credentials: 'same-origin', cache: 'no-store' });
  } catch {
    return 'offline';
  }
  if (response.status === 401) {
    await sessionEndedByServer();
    return 'forbidden';
  }
  if (response.status === 404) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
    return body?.error?.code === 'report_not_found' ? 'not-submitted' : 'not-found';
  }
  if (response.status === 403) return 'forbidden';
  if (!response.ok) return 'server';
  const body = (await response.json().catch(() => null)) as ReportView | SubmittedReportView | null;
  if (!body?.report) return 'server';
  await storeView(partnerId, year, 'draft' in body ? body : readOnlyView(body));
  return 'ok';
}

/** A reader's answer (the last submitted version only) as a view the screens can show read-only. */
function readOnlyView(body: SubmittedReportView): ReportView {
  return {
    report: body.report,
    state: 'submitted',
    version: 0,
    updatedAt: null,
    submittedAt: body.report.submittedAt,
    source: body.report.source,
    draft: emptyDraft(),
    entries: [],
    versions: [],
    previous: null,
  };
}

/** Keeps the server's view; the local draft follows it unless it holds edits not yet sent. */
export async function storeView(partnerId: string, year: number, view: ReportView): Promise<void> {
  const record: ReportViewRecord = { partnerId, year, view, fetchedAt: new Date().toISOString() };
  await db.transaction('rw', db.reportViews, db.reportDrafts, async () => {
    await db.reportViews.put(record);
    const local = await db.reportDrafts.get([partnerId, year]);
    if (!local || !local.dirty) {
      await db.reportDrafts.put({
        partnerId,
        year,
        draft: view.draft,
        baseVersion: view.version,
        dirty: 0,
        editedAt: local?.editedAt ?? record.fetchedAt,
        conflict: null,
        locked: view.state === 'submitted',
      });
    } else {
      // Unsent edits stay; they are locked while the report is submitted and free again once reopened.
      await db.reportDrafts.update([partnerId, year], { locked: view.state === 'submitted' });
    }
  });
  reportChanged(partnerId, year);
}

/** Saves an edit on the device at once (the editor calls this on every change). */
export async function editReportDraft(partnerId: string, year: number, draft: ReportDraft): Promise<void> {
  const existing = await db.reportDrafts.get([partnerId, year]);
  const cached = existing ? null : await db.reportViews.get([partnerId, year]);
  await db.reportDrafts.put({
    partnerId,
    year,
    draft,
    baseVersion: existing ? existing.baseVersion : (cached?.view.version ?? null),
    dirty: 1,
    editedAt: new Date().toISOString(),
    conflict: existing?.conflict ?? null,
    locked: existing?.locked ?? false,
  });
  reportChanged(partnerId, year);
}

export const countUnsentDrafts = () => db.reportDrafts.where('dirty').equals(1).count();
export const listUnsentDrafts = () => db.reportDrafts.where('dirty').equals(1).toArray();
