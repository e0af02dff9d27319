import type { ActivityInput } from '../../shared/activities/index.ts';
import { compileReport, type ReportModel } from '../../shared/reports/index.ts';
import type { Queryable } from '../db/client.ts';
import type { ReportEntrySource } from './entry-source.ts';
import type { ReportRow } from './report-repository.ts';
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
