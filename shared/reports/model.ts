import type { ActivityStatus, ActivityType } from '../activities/index.ts';
import type { CategoryId } from '../catalog/index.ts';
import type { Commitment, ReportState } from './draft.ts';

/** One entry as the report prints it: the German line plus the facts the renderers need. */
export interface ReportEntry {
  id: string;
  date: string;
  endDate: string | null;
  /** "21.03.2026" or a range such as "28.09.–02.10.2026". */
  dateText: string;
  title: string;
  type: ActivityType;
  status: ActivityStatus;
  /** "abgesagt", "verschoben", "geplant", "laufend"; null for an activity that took place. */
  statusText: string | null;
  /** Format, place, partners, target groups, languages, funding and counts, as one German clause. */
  details: string;
  /** The whole line: "21.03.2026: Titel (abgesagt) – online; Zielgruppe: …; 12 Teilnehmende." */
  text: string;
  links: string[];
  participantCount: number | null;
  sessions: number | null;
  /** The category the entry was filed under, when the officer moved it to this one. */
  movedFrom: CategoryId | null;
}

/** "Siehe auch": an entry printed in another category that also belongs here. */
export interface ReportReference {
  entryId: string;
  title: string;
  dateText: string;
  statusText: string | null;
  printedIn: CategoryId;
  text: string;
}

export interface ReportTypeGroup {
  type: ActivityType;
  heading: string;
  entries: ReportEntry[];
}

/**
 * Entries are all printed entries; participants and sessions are summed over activities that took
 * place (done or ongoing) only — a cancelled seminar had no participants.
 */
export interface ReportTotals {
  entries: number;
  held: number;
  participants: number;
  sessions: number;
}

export interface ReportCategorySection {
  id: CategoryId;
  title: string;
  short: string;
  /** Sanitised limited HTML (p, strong, ul, ol, li, a, br); "" when the officer wrote nothing. */
  narrative: string;
  groups: ReportTypeGroup[];
  references: ReportReference[];
  totals: ReportTotals;
  /** No narrative, no entries, no references: renderers list it among "ohne Einträge". */
  empty: boolean;
}

export interface ReportModel {
  partnerId: string;
  partnerName: string;
  year: number;
  /** "2025/26" */
  yearLabel: string;
  /** "01.10.2025 – 30.09.2026" */
  periodText: string;
  state: ReportState;
  /** ISO timestamp of the last submission, when the report was submitted. */
  submittedAt: string | null;
  intro: string;
  categories: ReportCategorySection[];
  totals: ReportTotals;
  commitments: Commitment[];
  milestones: Commitment[];
  hiddenCount: number;
  /** True when nothing at all is to be reported; `emptyText` says so in German. */
  empty: boolean;
  emptyText: string;
  /** Where the content came from: 'app' (entries and draft), or an imported brochure such as 'brochure-2020-21'. */
  source: string;
}
