import type { Context } from 'hono';
import {
  FAITH_IDS,
  FIRST_YEAR,
  LAST_YEAR,
  CALENDAR_LANGUAGES,
  calendarLanguage,
  isFaithId,
  type FaithId,
} from '../../shared/calendar/index.ts';
import type { AppEnv } from '../app-env.ts';

/** The validated query of the calendar endpoints: `?year=&lang=&faiths=`. */
export interface CalendarQuery {
  /** The years asked for: one (`year=2026`) or, without `year`, this year and the next (for subscriptions). */
  years: number[];
  /** Whether the request named a year. */
  explicitYear: boolean;
  lang: string;
  /** null = every faith. */
  faiths: FaithId[] | null;
}

export type QueryResult =
  { ok: true; query: CalendarQuery } | { ok: false; message: string; fields: Record<string, string[]> };

const yearInGermany = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Berlin' });

/** The current year in Germany, where the network is. */
export function currentYear(now = new Date()): number {
  return Number(yearInGermany.format(now));
}

/**
 * One of the ten interface languages ('tr', 'en-GB' → 'en', plain German 'de-x-einfach' → 'de'); anything else
 * is null. A language whose translation file is not there yet is accepted and answered in German.
 */
export function supportedLanguage(value: string): string | null {
  return calendarLanguage(value);
}

/** Checks year, language and faiths; every problem is named in English with a stable code per field. */
export function parseCalendarQuery(c: Context<AppEnv>, now = new Date()): QueryResult {
  const problems: string[] = [];
  const fields: Record<string, string[]> = {};
  const fail = (field: string, code: string, message: string) => {
    (fields[field] ??= []).push(code);
    problems.push(message);
  };

  const rawYear = c.req.query('year');
  let years: number[] = [];
  if (rawYear === undefined || rawYear === '') {
    const year = Math.min(LAST_YEAR, Math.max(FIRST_YEAR, currentYear(now)));
    years = year < LAST_YEAR ? [year, year + 1] : [year];
  } else if (!/^\d{1,6}$/.test(rawYear)) {
    fail(
      'year',
      'invalid_year',
      `"year" must be a year such as ${currentYear(now)}, not "${rawYear.slice(0, 20)}".`,
    );
  } else if (Number(rawYear) < FIRST_YEAR || Number(rawYear) > LAST_YEAR) {
    fail(
      'year',
      'year_out_of_range',
      `The calendar covers the years ${FIRST_YEAR}–${LAST_YEAR}, not ${rawYear}.`,
    );
  } else {
    years = [Number(rawYear)];
  }

  const rawLang = c.req.query('lang') ?? 'de';
  const lang = supportedLanguage(rawLang);
  if (lang === null) {
    fail(
      'lang',
      'unknown_language',
      `Unknown language "${rawLang.slice(0, 20)}"; the calendar has texts in: ${CALENDAR_LANGUAGES.join(', ')}.`,
    );
  }

  const rawFaiths = (c.req.query('faiths') ?? '')
    .split(',')
    .map((faith) => faith.trim())
    .filter(Boolean);
  const unknown = rawFaiths.filter((faith) => !isFaithId(faith));
  if (unknown.length > 0) {
    fail(
      'faiths',
      'unknown_faith',
      `Unknown faith ${unknown.map((faith) => `"${faith.slice(0, 30)}"`).join(', ')}; known: ${FAITH_IDS.join(', ')}.`,
    );
  }
  if (problems.length > 0) return { ok: false, message: problems.join(' '), fields };
  const faiths = rawFaiths.length > 0 ? FAITH_IDS.filter((faith) => rawFaiths.includes(faith)) : null;
  return {
    ok: true,
    query: {
      years,
      explicitYear: years.length === 1 && rawYear !== undefined && rawYear !== '',
      lang: lang!,
      faiths,
    },
  };
}

/** The address under which users reach the app (for links in feeds), honouring a trusted proxy. */
export function publicOrigin(c: Context<AppEnv>): string {
  const url = new URL(c.req.url);
  if (c.get('settings').trustProxy) {
    const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim();
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
    if (host) url.host = host;
    if (proto === 'http' || proto === 'https') url.protocol = `${proto}:`;
  }
  return url.origin;
}
