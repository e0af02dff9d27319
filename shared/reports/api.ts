import type { ActivityInput } from '../activities/index.ts';
import type { CategoryId } from '../catalog/index.ts';
import type { ReportDraft, ReportState } from './draft.ts';
import type { ReportModel } from './model.ts';
import type { EntryStats } from './stats.ts';

/** Shapes of the report API's JSON answers (server/routes/reports.ts, brochure.ts). */
export interface VersionSummary {
  number: number;
  submittedAt: string;
  submittedBy: string | null;
}

/** Last year's report, shown beside this year's for comparison. */
export interface PreviousYearReport {
  year: number;
  yearLabel: string;
  state: ReportState;
  source: string;
  categories: { id: CategoryId; narrative: string; lines: string[] }[];
}

/** What an officer of the partner (or an admin) gets for `GET /api/reports/:partnerId/:year`. */
export interface ReportView {
  report: ReportModel;
  state: ReportState;
  /** The draft's server version; 0 while nothing was saved. */
  version: number;
  updatedAt: string | null;
  submittedAt: string | null;
  source: string;
  draft: ReportDraft;
  /** The partner's entries of the year, so the device can recompile the report with local edits. */
  entries: ActivityInput[];
  versions: VersionSummary[];
  previous: PreviousYearReport | null;
}

/** What everyone else gets: the last submitted version only. */
export interface SubmittedReportView {
  report: ReportModel;
  state: 'submitted';
  versionNumber: number;
}

/** The draft state the server returns after a save, submit or reopen (and as `current` in a 409). */
export type DraftState = Pick<
  ReportView,
  'state' | 'version' | 'updatedAt' | 'submittedAt' | 'source' | 'draft'
>;

export interface PartnerReportStatus {
  partnerId: string;
  partnerName: string;
  state: ReportState;
  updatedAt: string | null;
  submittedAt: string | null;
  versions: number;
  remindedAt: string | null;
  reminders: number;
}

/** `GET /api/brochure/:year` (admins): the ministry's overview of a reporting year. */
export interface YearOverview {
  year: number;
  yearLabel: string;
  partners: PartnerReportStatus[];
  intros: Partial<Record<CategoryId, string>>;
  introsYear: number | null;
  stats: EntryStats;
}
