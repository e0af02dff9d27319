import type { ActivityInput } from '../../../../shared/activities/index.ts';
import {
  compileReport,
  sanitizeNarrativeBasic,
  type ReportDraft,
  type ReportModel,
  type ReportView,
} from '../../../../shared/reports/index.ts';

/**
 * The report as it reads with this device's draft: compiled here, from the server's entries and
 * this device's own, so the preview and the totals follow every edit, offline too. A submitted report is what was
 * submitted.
 */
export function deviceModel(
  view: ReportView,
  draft: ReportDraft | null,
  entries: ActivityInput[],
): ReportModel {
  if (view.state === 'submitted' || !draft) return view.report;
  return compileReport({
    partner: { id: view.report.partnerId, name: view.report.partnerName },
    year: view.report.year,
    entries,
    draft,
    state: view.state,
    submittedAt: view.submittedAt,
    source: view.source,
    sanitizeNarrative: sanitizeNarrativeBasic,
  });
}
