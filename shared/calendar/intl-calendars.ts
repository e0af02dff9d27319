import { dayToDate, fromYmd } from './days.ts';

/**
 * Lunar and lunisolar calendars through ICU, which ships with every browser and with Node: no own tables.
 * A month of these calendars has 29 or 30 days, so one formatToParts call per month finds the next month's
 * first day: about 14 calls cover a Gregorian year, and the results are cached.
 */
export type IntlCalendar = 'hebrew' | 'islamic' | 'chinese';

export interface MonthStart {
  /** Day number (days since 1970-01-01) of the first day of the month. */
  start: number;
  year: number;
  /** Normalised month: Hebrew 'tishrei' … 'elul' (leap year 'adar1'/'adar2'), Islamic '1'–'12', Chinese '1'–'12' or '4L'. */
  month: string;
}

interface Parts {
  year: number;
  month: string;
  day: number;
}

const HEBREW_MONTHS: Record<string, string> = {
  tishri: 'tishrei',
  tishrei: 'tishrei',
  heshvan: 'cheshvan',
  cheshvan: 'cheshvan',
  marcheshvan: 'cheshvan',
  kislev: 'kislev',
  tevet: 'tevet',
  teveth: 'tevet',
  shevat: 'shevat',
  shvat: 'shevat',
  adari: 'adar1',
  adar: 'adar',
  adarii: 'adar2',
  nisan: 'nisan',
  iyar: 'iyar',
  iyyar: 'iyar',
  sivan: 'sivan',
  tamuz: 'tammuz',
  tammuz: 'tammuz',
  av: 'av',
  elul: 'elul',
};

/** Which ICU calendar serves the Islamic dates (Umm al-Qura where the runtime has it, else the tabular one). */
let islamicCalendar: string | undefined;
function islamicIcuCalendar(): string {
  if (islamicCalendar) return islamicCalendar;
  islamicCalendar = 'islamic-civil';
  for (const candidate of ['islamic-umalqura', 'islamic-civil']) {
    const resolved = new Intl.DateTimeFormat(`en-u-ca-${candidate}`).resolvedOptions().calendar;
    if (resolved === candidate) {
      islamicCalendar = candidate;
      break;
    }
  }
  return islamicCalendar;
}

const formatters = new Map<IntlCalendar, Intl.DateTimeFormat>();
function formatter(calendar: IntlCalendar): Intl.DateTimeFormat {
  let format = formatters.get(calendar);
  if (!format) {
    const icu = calendar === 'islamic' ? islamicIcuCalendar() : calendar;
    format = new Intl.DateTimeFormat(`en-u-ca-${icu}`, {
      timeZone: 'UTC',
      year: 'numeric',
      month: calendar === 'hebrew' ? 'long' : 'numeric',
      day: 'numeric',
    });
    formatters.set(calendar, format);
  }
  return format;
}

function normaliseMonth(calendar: IntlCalendar, raw: string): string {
  if (calendar === 'hebrew') {
    const month = HEBREW_MONTHS[raw.toLowerCase().replace(/[^a-z]/g, '')];
    if (!month) throw new Error(`Unknown Hebrew month name from Intl: ${raw}`);
    return month;
  }
  const number = Number.parseInt(raw, 10);
  if (!Number.isInteger(number)) throw new Error(`Unknown ${calendar} month from Intl: ${raw}`);
  // ICU writes a Chinese leap month as "4bis"; other runtimes may differ, any suffix means leap.
  return /^\d+$/.test(raw) ? String(number) : `${number}L`;
}

function read(calendar: IntlCalendar, dayNumber: number): Parts {
  let year = Number.NaN;
  let month = '';
  let day = Number.NaN;
  for (const part of formatter(calendar).formatToParts(dayToDate(dayNumber))) {
    // 'relatedYear' (the Gregorian year of a Chinese date) is missing from TypeScript's part types.
    const type: string = part.type;
    if (type === 'relatedYear' || (type === 'year' && Number.isNaN(year)))
      year = Number.parseInt(part.value, 10);
    else if (type === 'month') month = part.value;
    else if (type === 'day') day = Number.parseInt(part.value, 10);
  }
  if (!month || Number.isNaN(day)) throw new Error(`Intl ${calendar} calendar is not available`);
  return { year, month: normaliseMonth(calendar, month), day };
}

const cache = new Map<string, readonly MonthStart[]>();

/** The months of `calendar` that overlap the days [from, to], cached. */
function scanMonths(calendar: IntlCalendar, from: number, to: number): readonly MonthStart[] {
  const key = `${calendar}:${from}:${to}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const first = read(calendar, from);
  let start = from - (first.day - 1);
  const months: MonthStart[] = [{ start, year: first.year, month: first.month }];
  for (;;) {
    // Months have 29 or 30 days: 30 days on, day 1 means a 30-day month, day 2 a 29-day month.
    const parts = read(calendar, start + 30);
    if (parts.day !== 1 && parts.day !== 2) throw new Error(`Unexpected ${calendar} month near day ${start}`);
    const next = start + 31 - parts.day;
    if (next > to) break;
    start = next;
    months.push({ start, year: parts.year, month: parts.month });
  }
  cache.set(key, months);
  return months;
}

/** The months of `calendar` that overlap the Gregorian `year` (plus the weeks before it). */
export function monthStarts(calendar: IntlCalendar, year: number): readonly MonthStart[] {
  return scanMonths(calendar, fromYmd(year, 1, 1) - 40, fromYmd(year, 12, 31));
}

export interface LunarDate {
  day: number;
  year: number;
  month: string;
}

/**
 * Every day in Gregorian `year` that is day `dayOfMonth` of one of `months` in `calendar`. `between`
 * (Gregorian [month, day] pairs) narrows the scan when the holiday is known to fall in part of the year.
 */
export function findDays(
  calendar: IntlCalendar,
  year: number,
  months: readonly string[],
  dayOfMonth: number,
  between?: readonly [from: readonly [number, number], to: readonly [number, number]],
): LunarDate[] {
  const first = fromYmd(year, 1, 1);
  const last = fromYmd(year, 12, 31);
  const scanned = between
    ? scanMonths(calendar, fromYmd(year, ...between[0]) - 30, fromYmd(year, ...between[1]))
    : monthStarts(calendar, year);
  const found: LunarDate[] = [];
  for (const month of scanned) {
    if (!months.includes(month.month)) continue;
    const day = month.start + dayOfMonth - 1;
    if (day >= first && day <= last) found.push({ day, year: month.year, month: month.month });
  }
  return found;
}

const support = new Map<IntlCalendar, boolean>();

/** Whether the runtime's Intl knows `calendar` (a runtime without it silently falls back to Gregorian). */
export function supportsCalendar(calendar: IntlCalendar): boolean {
  let supported = support.get(calendar);
  if (supported === undefined) {
    const icu = calendar === 'islamic' ? islamicIcuCalendar() : calendar;
    supported = new Intl.DateTimeFormat(`en-u-ca-${icu}`).resolvedOptions().calendar === icu;
    support.set(calendar, supported);
  }
  return supported;
}

/** Whether the Islamic dates come from Umm al-Qura (true in current browsers and Node) or the tabular fallback. */
export function usesUmmAlQura(): boolean {
  return islamicIcuCalendar() === 'islamic-umalqura';
}
