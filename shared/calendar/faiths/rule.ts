import type { HolidayKey } from '../keys.ts';
import type { Occurrence } from '../types.ts';

/** How the engine finds the dates of one holiday in a Gregorian year. */
export interface HolidayRule {
  key: HolidayKey;
  source: 'computed' | 'table';
  occurrences(year: number): Occurrence[];
}

/** A computed holiday with one occurrence a year, `length` days long. */
export function yearly(
  key: HolidayKey,
  start: (year: number) => number,
  options: { length?: number; beginsEveningBefore?: boolean; approximate?: boolean } = {},
): HolidayRule {
  const { length = 1, beginsEveningBefore = false, approximate = false } = options;
  return {
    key,
    source: 'computed',
    occurrences(year) {
      const day = start(year);
      return [
        { start: day, end: length > 1 ? day + length - 1 : undefined, beginsEveningBefore, approximate },
      ];
    },
  };
}
