import { intlLocale } from '../../i18n/index.ts';

/**
 * Date helpers of the calendar screens. Holidays are calendar days ('YYYY-MM-DD'), never instants:
 * they are formatted in UTC so that no time zone can move them to a neighbouring day.
 */

const pad = (value: number) => String(value).padStart(2, '0');

export const isoOf = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** Today on this device, as the user's wall calendar shows it. */
export function todayIso(now = new Date()): string {
  return isoOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function addDays(iso: string, days: number): string {
  return new Date(utc(iso).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/**
 * Formats in the language registry's `Intl` locale, as the rest of the app does: Gregorian dates with
 * Latin digits also in Persian and Arabic (a bare "fa" would give the Solar Hijri calendar).
 */
function formatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocale(lang), { ...options, timeZone: 'UTC' });
    formatters.set(key, found);
  }
  return found;
}

export const SHORT: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
export const LONG: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};

export function formatDate(iso: string, lang: string, options: Intl.DateTimeFormatOptions = LONG): string {
  return formatter(lang, options).format(utc(iso));
}

/** "Do., 2. Apr. – Do., 9. Apr." or a single day. */
export function formatRange(
  date: string,
  end: string | null,
  lang: string,
  options: Intl.DateTimeFormatOptions = SHORT,
): string {
  if (!end || end === date) return formatDate(date, lang, options);
  return formatter(lang, options).formatRange(utc(date), utc(end));
}

export function monthName(year: number, month: number, lang: string): string {
  return formatter(lang, { month: 'long', year: 'numeric' }).format(utc(isoOf(year, month, 1)));
}

/** Weekday names starting on Monday (the German and ISO week), short and long. */
export function weekdayNames(lang: string): { short: string; long: string }[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, index) => {
    const iso = isoOf(2024, 1, 1 + index);
    return {
      short: formatDate(iso, lang, { weekday: 'short' }),
      long: formatDate(iso, lang, { weekday: 'long' }),
    };
  });
}

/** The weeks of a month (Monday first); days outside the month are null. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = utc(isoOf(year, month, 1));
  const lead = (first.getUTCDay() + 6) % 7;
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (string | null)[] = [
    ...Array.from({ length: lead }, () => null),
    ...Array.from({ length }, (_, index) => isoOf(year, month, index + 1)),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

export function lastDayOfMonth(year: number, month: number): string {
  return isoOf(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}
