import { fromIso, toIso, toYmd } from './days.ts';
import { bahaiRules } from './faiths/bahai.ts';
import { easternRules, westernRules } from './faiths/christian.ts';
import { buddhistRules, hinduRules, sikhRules } from './faiths/dharmic.ts';
import { aleviRules, muslimRules } from './faiths/islamic.ts';
import { jewishRules } from './faiths/jewish.ts';
import type { HolidayRule } from './faiths/rule.ts';
import { secularRules } from './faiths/secular.ts';
import { yazidiRules } from './faiths/yazidi.ts';
import { HOLIDAY_FAITHS } from './keys.ts';
import { HINDU_TABLE } from './tables/hindu.ts';
import { FAITH_IDS, FIRST_YEAR, LAST_YEAR, isFaithId, type FaithId, type Holiday } from './types.ts';

const RULES: readonly HolidayRule[] = [
  ...westernRules,
  ...easternRules,
  ...jewishRules,
  ...muslimRules,
  ...aleviRules,
  ...bahaiRules,
  ...buddhistRules,
  ...hinduRules,
  ...sikhRules,
  ...yazidiRules,
  ...secularRules,
];

export interface HolidayOptions {
  /** Only holidays observed by at least one of these communities (default: all). */
  faiths?: readonly FaithId[];
}

export function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`The calendar covers the years ${FIRST_YEAR}–${LAST_YEAR}, not ${year}`);
  }
}

function faithFilter(faiths: readonly string[] | undefined): ReadonlySet<FaithId> | null {
  if (faiths === undefined) return null;
  for (const faith of faiths) if (!isFaithId(faith)) throw new RangeError(`Unknown faith: ${faith}`);
  return new Set(faiths as readonly FaithId[]);
}

const faithOrder = (faith: FaithId) => FAITH_IDS.indexOf(faith);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function build(year: number): readonly Holiday[] {
  const holidays: Holiday[] = [];
  for (const rule of RULES) {
    const [faith, ...others] = HOLIDAY_FAITHS[rule.key];
    const faiths = Object.freeze([faith, ...others]);
    rule.occurrences(year).forEach((occurrence, index) => {
      const holiday: Holiday = {
        id: index === 0 ? `${rule.key}-${year}` : `${rule.key}-${year}-${index + 1}`,
        holidayKey: rule.key,
        faith,
        faiths,
        date: toIso(occurrence.start),
        end: occurrence.end === undefined ? null : toIso(occurrence.end),
        approximate: occurrence.approximate ?? false,
        beginsEveningBefore: occurrence.beginsEveningBefore ?? false,
        source: rule.source,
      };
      if (occurrence.nativeDate) holiday.nativeDate = Object.freeze({ ...occurrence.nativeDate });
      holidays.push(Object.freeze(holiday));
    });
  }
  holidays.sort(
    (a, b) =>
      compare(a.date, b.date) ||
      faithOrder(a.faith) - faithOrder(b.faith) ||
      compare(a.holidayKey, b.holidayKey),
  );
  return Object.freeze(holidays);
}

const byYear = new Map<number, readonly Holiday[]>();

/**
 * Every holiday that starts in `year` (2000–2100), sorted by date. A multi-day holiday that started in the
 * previous year (e.g. Chanukah into January) belongs to that year; use holidaysBetween for a date range.
 * Pure and cached per year; the returned objects are frozen.
 */
export function computeHolidays(year: number, options: HolidayOptions = {}): Holiday[] {
  assertYear(year);
  const filter = faithFilter(options.faiths);
  let all = byYear.get(year);
  if (!all) {
    all = build(year);
    byYear.set(year, all);
  }
  return filter ? all.filter((holiday) => holiday.faiths.some((faith) => filter.has(faith))) : [...all];
}

/**
 * Holidays overlapping the ISO date range [from, to] (inclusive), e.g. "today and the next 30 days",
 * including multi-day holidays that began before `from`. Both dates must lie in 2000–2100.
 */
export function holidaysBetween(from: string, to: string, options: HolidayOptions = {}): Holiday[] {
  const [fromYear] = toYmd(fromIso(from));
  const [toYear] = toYmd(fromIso(to));
  assertYear(fromYear);
  assertYear(toYear);
  if (from > to) throw new RangeError(`Empty range: ${from} > ${to}`);
  const result: Holiday[] = [];
  for (let year = Math.max(FIRST_YEAR, fromYear - 1); year <= toYear; year++) {
    for (const holiday of computeHolidays(year, options)) {
      if (holiday.date <= to && (holiday.end ?? holiday.date) >= from) result.push(holiday);
    }
  }
  return result;
}

export interface TableCoverage {
  /** First and last Gregorian year of the curated table. */
  from: number;
  to: number;
  /** The holidays of this faith that come from the table (omitted outside the years). */
  holidayKeys: readonly string[];
  /** The published sources the table relies on. */
  source: string;
}

const TABLE_KEYS = new Map<FaithId, string[]>();
for (const rule of RULES) {
  if (rule.source !== 'table') continue;
  const faith = HOLIDAY_FAITHS[rule.key][0];
  TABLE_KEYS.set(faith, [...(TABLE_KEYS.get(faith) ?? []), rule.key]);
}

/** Which years the table-based holidays of a faith cover, or null when all its holidays are computed. */
export function tableCoverage(faith: FaithId): TableCoverage | null {
  const holidayKeys = TABLE_KEYS.get(faith);
  if (!holidayKeys) return null;
  return { from: HINDU_TABLE.from, to: HINDU_TABLE.to, holidayKeys, source: HINDU_TABLE.source };
}

/** The faiths (of the selection) whose table-based holidays are missing in `year`, for a note in the UI. */
export function uncoveredFaiths(year: number, options: HolidayOptions = {}): FaithId[] {
  assertYear(year);
  const filter = faithFilter(options.faiths);
  return FAITH_IDS.filter((faith) => {
    if (filter && !filter.has(faith)) return false;
    const coverage = tableCoverage(faith);
    return coverage !== null && (year < coverage.from || year > coverage.to);
  });
}
