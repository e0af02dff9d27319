/**
 * A date belongs to reporting year Y when it lies in 1 Oct (Y−1) – 30 Sep Y (DESIGN.md §7).
 * Works on ISO calendar dates ("YYYY-MM-DD") so no time zone can move an entry across the boundary.
 */
export function reportingYearOf(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`Not an ISO date: ${isoDate}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  return month >= 10 ? year + 1 : year;
}

/** "2025/26" for reporting year 2026. */
export function reportingYearLabel(year: number): string {
  return `${year - 1}/${String(year % 100).padStart(2, '0')}`;
}

export function reportingYearRange(year: number): { start: string; end: string } {
  return { start: `${year - 1}-10-01`, end: `${year}-09-30` };
}
