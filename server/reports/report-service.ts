import type { ActivityInput } from '../../shared/activities/index.ts';
import {
  compileReport,
  emptyDraft,
  type PreviousYearReport,
  type ReportDraft,
  type ReportModel,
} from '../../shared/reports/index.ts';
import type { Queryable } from '../db/client.ts';
import type { ReportEntrySource } from './entry-source.ts';
import { getVersion, type ReportRow } from './report-repository.ts';
import { sanitizeNarrative } from './sanitize.ts';

export interface ReportDeps {
  entries: ReportEntrySource;
  /** Today's date (ISO); decides which reporting years exist. Injected so tests need no clock. */
  today: () => string;
}

export interface PartnerRef {
  id: string;
  name: string;
}

/** The report as it stands now: the partner's current entries placed by the saved draft. */
export async function currentReport(
  db: Queryable,
  deps: ReportDeps,
  partner: PartnerRef,
  year: number,
  row: ReportRow | null,
  submittedAt: string | null = row?.submittedAt ?? null,
): Promise<{ model: ReportModel; entries: ActivityInput[] }> {
  const entries = await deps.entries.entriesOf(db, partner.id, year);
  const model = compileReport({
    partner,
    year,
    entries,
    draft: row?.draft ?? null,
    state: row?.state ?? 'not-started',
    submittedAt,
    source: row?.source ?? 'app',
    sanitizeNarrative,
  });
  return { model, entries };
}

/**
 * A new year's draft starts with last year's commitments and milestones (their progress cleared),
 * since the "Beitrittsmodule" run on from year to year.
 */
export function startingDraft(previous: ReportRow | null): ReportDraft {
  return {
    ...emptyDraft(),
    commitments: (previous?.draft.commitments ?? []).map((item) => ({ ...item, progress: '' })),
  };
}

/** Last year's report for comparison: what was submitted, or the draft as it stands. */
export async function previousYearReport(
  db: Queryable,
  deps: ReportDeps,
  partner: PartnerRef,
  year: number,
  previousRow: ReportRow | null,
): Promise<PreviousYearReport | null> {
  const previousYear = year - 1;
  let model: ReportModel;
  if (previousRow?.state === 'submitted') {
    const latest = await getVersion(db, partner.id, previousYear, 'latest');
    model = latest?.model ?? (await currentReport(db, deps, partner, previousYear, previousRow)).model;
  } else {
    model = (await currentReport(db, deps, partner, previousYear, previousRow)).model;
  }
  if (model.empty) return null;
  return {
    year: previousYear,
    yearLabel: model.yearLabel,
    state: model.state,
    source: model.source,
    categories: model.categories.map((c) => ({
      id: c.id,
      narrative: c.narrative,
      lines: c.groups.flatMap((g) => g.entries.map((e) => e.text)),
    })),
  };
}
