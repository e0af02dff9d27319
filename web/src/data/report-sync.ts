import type { DraftState } from '../../../shared/reports/index.ts';
import { db } from './db.ts';
import { fetchReport, listUnsentDrafts, reportChanged, reportUrl } from './reports.ts';
import { sessionEndedByServer } from './session.ts';

export type ReportPushOutcome = 'saved' | 'nothing' | 'offline' | 'conflict' | 'locked' | 'rejected' | 'signed-out' | 'server';

interface ConflictBody {
  error?: { code?: string };
  current?: DraftState;
}

const running = new Map<string, Promise<ReportPushOutcome>>();

/** Sends the device's draft if it holds unsent edits; one push per report at a time. */
export function pushReportDraft(
  partnerId: string,
  year: number,
  { force = false, fetcher = (...args: Parameters<typeof fetch>) => fetch(...args) } = {},
): Promise<ReportPushOutcome> {
  const key = `${partnerId}/${year}`;
  let run = running.get(key);
  if (!run) {
    run = send(partnerId, year, force, fetcher).finally(() => running.delete(key));
    running.set(key, run);
  }
  return run;
}

async function send(partnerId: string, year: number, force: boolean, fetcher: typeof fetch): Promise<ReportPushOutcome> {
  const local = await db.reportDrafts.get([partnerId, year]);
  if (!local || !local.dirty) return 'nothing';
  if (local.conflict && !force) return 'conflict';
  let response: Response;
  try {
    response = await fetcher(reportUrl(partnerId, year, '/draft'), {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ baseVersion: local.baseVersion, draft: local.draft, force }),
    });
  } catch {
    return 'offline';
  }
  if (response.status === 401) {
    await sessionEndedByServer();
    return 'signed-out';
  }
  const body = (await response.json().catch(() => null)) as (DraftState & ConflictBody) | null;
  if (response.status === 409 && body?.current) {
    const locked = body.error?.code === 'report_locked';
    await db.reportDrafts.update([partnerId, year], locked ? { locked: true } : { conflict: body.current });
    reportChanged(partnerId, year);
    return locked ? 'locked' : 'conflict';
  }
  if (response.status === 400 || response.status === 403 || response.status === 404) return 'rejected';
  if (!response.ok || !body || typeof body.version !== 'number') return 'server';
  await db.transaction('rw', db.reportDrafts, db.reportViews, async () => {
    const now = await db.reportDrafts.get([partnerId, year]);
    // Edits made while the request was under way stay unsent, on top of the new version.
    const changedMeanwhile = now && now.editedAt !== local.editedAt;
    await db.reportDrafts.update([partnerId, year], {
      baseVersion: body.version,
      dirty: changedMeanwhile ? 1 : 0,
      conflict: null,
      locked: false,
    });
    const cached = await db.reportViews.get([partnerId, year]);
    if (cached) {
      await db.reportViews.put({
        ...cached,
        view: { ...cached.view, state: body.state, version: body.version, updatedAt: body.updatedAt, draft: body.draft },
      });
    }
  });
  reportChanged(partnerId, year);
  return 'saved';
}

/** After a conflict: keep the device's text (overwrite the server's) or take the server's. */
export async function resolveReportConflict(partnerId: string, year: number, keep: 'mine' | 'theirs'): Promise<ReportPushOutcome> {
  const local = await db.reportDrafts.get([partnerId, year]);
  if (!local?.conflict) return 'nothing';
  if (keep === 'theirs') {
    await db.reportDrafts.update([partnerId, year], {
      draft: local.conflict.draft,
      baseVersion: local.conflict.version,
      dirty: 0,
      conflict: null,
    });
    reportChanged(partnerId, year);
    return 'saved';
  }
  return pushReportDraft(partnerId, year, { force: true });
}

export async function pushAllDrafts(): Promise<void> {
  for (const draft of await listUnsentDrafts()) {
    if (!draft.conflict && !draft.locked) await pushReportDraft(draft.partnerId, draft.year);
  }
}

export type ReportSubmitOutcome = 'submitted' | 'unsent' | ReportPushOutcome;

/** Sends any unsent edits, then submits exactly that version; the server locks the report. */
export async function submitReport(partnerId: string, year: number): Promise<ReportSubmitOutcome> {
  const pushed = await pushReportDraft(partnerId, year);
  if (pushed !== 'saved' && pushed !== 'nothing') return pushed;
  const local = await db.reportDrafts.get([partnerId, year]);
  if (local?.dirty) return 'unsent';
  const outcome = await post(reportUrl(partnerId, year, '/submit'), { baseVersion: local?.baseVersion ?? null });
  if (outcome === 'ok') {
    await fetchReport(partnerId, year);
    return 'submitted';
  }
  return outcome;
}

export async function reopenReport(partnerId: string, year: number): Promise<'reopened' | ReportPushOutcome> {
  const outcome = await post(reportUrl(partnerId, year, '/reopen'), {});
  if (outcome !== 'ok') return outcome;
  await db.reportDrafts.update([partnerId, year], { locked: false });
  await fetchReport(partnerId, year);
  return 'reopened';
}

async function post(url: string, body: unknown): Promise<'ok' | ReportPushOutcome> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return 'offline';
  }
  if (response.status === 401) {
    await sessionEndedByServer();
    return 'signed-out';
  }
  if (response.status === 409) {
    const code = ((await response.json().catch(() => null)) as ConflictBody | null)?.error?.code;
    return code === 'conflict' ? 'conflict' : 'locked';
  }
  return response.ok ? 'ok' : response.status >= 500 ? 'server' : 'rejected';
}
