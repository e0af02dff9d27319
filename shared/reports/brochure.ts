import { CATEGORY_IDS, reportingYearLabel, reportingYearRange, type CategoryId } from '../catalog/index.ts';
import { CATEGORY_TITLES_DE } from './categories-de.ts';
import { emptyTotals } from './compile.ts';
import { collatorDe, dateDe } from './german-format.ts';
import type { ReportCategorySection, ReportModel, ReportTotals } from './model.ts';

export interface BrochurePartnerSection {
  partnerId: string;
  partnerName: string;
  section: ReportCategorySection;
}

export interface BrochureChapter {
  id: CategoryId;
  title: string;
  short: string;
  /** The ministry's introduction to the chapter, plain text; paragraphs are separated by blank lines. */
  intro: string;
  partners: BrochurePartnerSection[];
  totals: ReportTotals;
}

export interface BrochureModel {
  year: number;
  yearLabel: string;
  periodText: string;
  chapters: BrochureChapter[];
  /** Partners whose report is in the brochure, by name. */
  partners: { id: string; name: string }[];
  totals: ReportTotals;
}

export interface BrochureInput {
  year: number;
  intros: Partial<Record<CategoryId, string>>;
  /** The submitted reports; the caller decides which versions count. */
  reports: readonly ReportModel[];
}

/**
 * The brochure as the 2020/21 edition orders it: by category, then partner (alphabetically);
 * a partner appears in a chapter only when it reported something there.
 */
export function compileBrochure(input: BrochureInput): BrochureModel {
  const reports = [...input.reports].sort((a, b) => collatorDe.compare(a.partnerName, b.partnerName));
  const totals = emptyTotals();
  const chapters = CATEGORY_IDS.map((id): BrochureChapter => {
    const chapterTotals = emptyTotals();
    const partners: BrochurePartnerSection[] = [];
    for (const report of reports) {
      const section = report.categories.find((category) => category.id === id);
      if (!section || section.empty) continue;
      partners.push({ partnerId: report.partnerId, partnerName: report.partnerName, section });
      chapterTotals.entries += section.totals.entries;
      chapterTotals.held += section.totals.held;
      chapterTotals.participants += section.totals.participants;
      chapterTotals.sessions += section.totals.sessions;
    }
    totals.entries += chapterTotals.entries;
    totals.held += chapterTotals.held;
    totals.participants += chapterTotals.participants;
    totals.sessions += chapterTotals.sessions;
    return {
      id,
      ...CATEGORY_TITLES_DE[id],
      intro: input.intros[id]?.trim() ?? '',
      partners,
      totals: chapterTotals,
    };
  });
  const { start, end } = reportingYearRange(input.year);
  return {
    year: input.year,
    yearLabel: reportingYearLabel(input.year),
    periodText: `${dateDe(start)} – ${dateDe(end)}`,
    chapters,
    partners: reports.map((report) => ({ id: report.partnerId, name: report.partnerName })),
    totals,
  };
}
