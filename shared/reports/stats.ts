import type { ActivityInput } from '../activities/index.ts';
import { CATEGORY_IDS, type CategoryId } from '../catalog/index.ts';
import { entryInYear } from './compile.ts';

export interface EntryStats {
  /** Entries per primary category. */
  byCategory: Record<CategoryId, number>;
  /** Entries per month of the reporting year (October first), counted by their start date. */
  byMonth: { month: string; count: number }[];
  total: number;
}

/** The months of reporting year Y as "YYYY-MM": October of Y−1 to September of Y. */
export function reportingMonths(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((9 + i) % 12) + 1;
    return `${month >= 10 ? year - 1 : year}-${String(month).padStart(2, '0')}`;
  });
}

/** Counts for the ministry's charts across all partners. */
export function entryStats(entries: readonly ActivityInput[], year: number): EntryStats {
  const byCategory = Object.fromEntries(CATEGORY_IDS.map((id) => [id, 0])) as Record<CategoryId, number>;
  const months = new Map(reportingMonths(year).map((month) => [month, 0]));
  let total = 0;
  for (const entry of entries) {
    if (!entryInYear(entry, year)) continue;
    total += 1;
    byCategory[entry.category] += 1;
    const month = entry.date.slice(0, 7);
    if (months.has(month)) months.set(month, months.get(month)! + 1);
  }
  return { byCategory, byMonth: [...months].map(([month, count]) => ({ month, count })), total };
}
