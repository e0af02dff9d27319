import { ACTIVITY_TYPES, type ActivityInput, type ActivityType } from '../activities/index.ts';
import {
  CATEGORY_IDS,
  isCategoryId,
  reportingYearLabel,
  reportingYearRange,
  type CategoryId,
} from '../catalog/index.ts';
import { CATEGORY_TITLES_DE } from './categories-de.ts';
import { emptyDraft, narrativeOf, type ReportDraft, type ReportState } from './draft.ts';
import { entryDetailsDe, entryLineDe, isHeld, STATUS_MARKS_DE, TYPE_HEADINGS_DE } from './entry-wording.ts';
import { collatorDe, dateDe, dateRangeDe } from './german-format.ts';
import type {
  ReportCategorySection,
  ReportEntry,
  ReportModel,
  ReportReference,
  ReportTotals,
  ReportTypeGroup,
} from './model.ts';
import { narrativeIsBlank } from './narrative.ts';

export interface ReportPartner {
  id: string;
  name: string;
}

export interface CompileReportInput {
  partner: ReportPartner;
  year: number;
  /** The partner's entries; any outside the reporting year (or of another partner) are left out. */
  entries: readonly ActivityInput[];
  draft?: ReportDraft | null;
  state?: ReportState;
  submittedAt?: string | null;
  source?: string;
  /**
   * Cleans narrative HTML down to paragraphs, bold, lists and links. Required: the compiler is
   * pure and shared, so the server passes sanitize-html and the device its DOM allow-list.
   */
  sanitizeNarrative: (html: string) => string;
}

/**
 * An entry belongs to reporting year Y when its date, or any day of its range, lies in
 * 1 Oct (Y−1) – 30 Sep Y: a project running across the boundary is reported in both years.
 */
export function entryInYear(entry: Pick<ActivityInput, 'date' | 'endDate'>, year: number): boolean {
  const { start, end } = reportingYearRange(year);
  return entry.date <= end && (entry.endDate ?? entry.date) >= start;
}

export const emptyTotals = (): ReportTotals => ({ entries: 0, held: 0, participants: 0, sessions: 0 });

function addTotals(into: ReportTotals, add: ReportTotals): void {
  into.entries += add.entries;
  into.held += add.held;
  into.participants += add.participants;
  into.sessions += add.sessions;
}

const byDate = (a: ActivityInput, b: ActivityInput) =>
  a.date.localeCompare(b.date) ||
  (a.endDate ?? a.date).localeCompare(b.endDate ?? b.date) ||
  collatorDe.compare(a.title, b.title) ||
  a.id.localeCompare(b.id);

function toReportEntry(entry: ActivityInput, movedFrom: CategoryId | null): ReportEntry {
  return {
    id: entry.id,
    date: entry.date,
    endDate: entry.endDate,
    dateText: dateRangeDe(entry.date, entry.endDate),
    title: entry.title.trim(),
    type: entry.type ?? 'other',
    status: entry.status,
    statusText: STATUS_MARKS_DE[entry.status],
    details: entryDetailsDe(entry),
    text: entryLineDe(entry),
    links: [...entry.links],
    participantCount: entry.participantCount,
    sessions: entry.sessions,
    movedFrom,
  };
}

function referenceTo(entry: ReportEntry, printedIn: CategoryId): ReportReference {
  const mark = entry.statusText ? ` (${entry.statusText})` : '';
  return {
    entryId: entry.id,
    title: entry.title,
    dateText: entry.dateText,
    statusText: entry.statusText,
    printedIn,
    text: `${entry.dateText}: ${entry.title}${mark} – siehe Schwerpunkt ${printedIn} „${CATEGORY_TITLES_DE[printedIn].short}“`,
  };
}

function totalsOf(entries: readonly ReportEntry[]): ReportTotals {
  const totals = emptyTotals();
  for (const entry of entries) {
    totals.entries += 1;
    if (!isHeld(entry.status)) continue;
    totals.held += 1;
    totals.participants += entry.participantCount ?? 0;
    totals.sessions += entry.sessions ?? 0;
  }
  return totals;
}

function groupByType(entries: readonly ReportEntry[]): ReportTypeGroup[] {
  const groups = new Map<ActivityType, ReportEntry[]>();
  for (const entry of entries) {
    const list = groups.get(entry.type) ?? [];
    list.push(entry);
    groups.set(entry.type, list);
  }
  return ACTIVITY_TYPES.filter((type) => groups.has(type)).map((type) => ({
    type,
    heading: TYPE_HEADINGS_DE[type],
    entries: groups.get(type)!,
  }));
}

/** Builds a partner's report of one reporting year from its entries and the officer's draft. */
export function compileReport(input: CompileReportInput): ReportModel {
  const draft = input.draft ?? emptyDraft();
  const hidden = new Set(draft.hiddenEntries);
  const inYear = input.entries
    .filter((entry) => entry.partnerId === input.partner.id && entryInYear(entry, input.year))
    .sort(byDate);

  const printed = new Map<CategoryId, ReportEntry[]>(CATEGORY_IDS.map((id) => [id, []]));
  const references = new Map<CategoryId, ReportReference[]>(CATEGORY_IDS.map((id) => [id, []]));
  let hiddenCount = 0;
  for (const entry of inYear) {
    if (hidden.has(entry.id)) {
      hiddenCount += 1;
      continue;
    }
    const moved = draft.movedEntries[entry.id];
    const home = isCategoryId(moved) && moved !== entry.category ? moved : entry.category;
    const reportEntry = toReportEntry(entry, home === entry.category ? null : entry.category);
    printed.get(home)!.push(reportEntry);
    for (const other of new Set(entry.secondaryCategories)) {
      if (other !== home) references.get(other)!.push(referenceTo(reportEntry, home));
    }
  }

  const totals = emptyTotals();
  const categories: ReportCategorySection[] = CATEGORY_IDS.map((id) => {
    const entries = printed.get(id)!;
    const narrative = input.sanitizeNarrative(narrativeOf(draft, id)).trim();
    const categoryTotals = totalsOf(entries);
    addTotals(totals, categoryTotals);
    const refs = references.get(id)!;
    return {
      id,
      ...CATEGORY_TITLES_DE[id],
      narrative: narrativeIsBlank(narrative) ? '' : narrative,
      groups: groupByType(entries),
      references: refs,
      totals: categoryTotals,
      empty: entries.length === 0 && refs.length === 0 && narrativeIsBlank(narrative),
    };
  });

  const label = reportingYearLabel(input.year);
  const { start, end } = reportingYearRange(input.year);
  const intro = draft.intro.trim();
  return {
    partnerId: input.partner.id,
    partnerName: input.partner.name,
    year: input.year,
    yearLabel: label,
    periodText: `${dateDe(start)} – ${dateDe(end)}`,
    state: input.state ?? 'not-started',
    submittedAt: input.submittedAt ?? null,
    intro,
    categories,
    totals,
    commitments: draft.commitments.filter((c) => c.kind === 'commitment' && c.title.trim()),
    milestones: draft.commitments.filter((c) => c.kind === 'milestone' && c.title.trim()),
    hiddenCount,
    empty: !intro && categories.every((category) => category.empty),
    emptyText: `Für das Berichtsjahr ${label} liegen keine Einträge vor.`,
    source: input.source ?? 'app',
  };
}
