import { isHolidayKey, type HolidayKey } from './keys.ts';
import type { CalendarTexts, HolidayText, PartialCalendarTexts } from './texts.ts';
import { isFaithId, type FaithId } from './types.ts';

/**
 * The languages the calendar speaks: the ten interface languages. German and English are bundled
 * (texts-de.ts, texts-en.ts); the others are translated in `texts/locales/<lang>.json` with the
 * structure `{ faiths: { <faith>: name }, holidays: { <key>: { name, description, observance?, greeting } } }`.
 * The web app loads that file lazily with the language, the server reads it on start; until a language's
 * file exists (or for whatever it lacks) the texts fall back to German.
 */
export const CALENDAR_LANGUAGES = ['de', 'en', 'tr', 'ar', 'fa', 'ru', 'uk', 'pl', 'ro', 'bg'] as const;
export type CalendarLanguage = (typeof CALENDAR_LANGUAGES)[number];

/** Languages whose texts are TypeScript modules in the bundle, not JSON files. */
export const BUNDLED_CALENDAR_LANGUAGES: readonly CalendarLanguage[] = ['de', 'en'];

/** The languages translated in `texts/locales/<lang>.json`. */
export const JSON_CALENDAR_LANGUAGES = CALENDAR_LANGUAGES.filter(
  (language) => !BUNDLED_CALENDAR_LANGUAGES.includes(language),
);

/**
 * The calendar language of a BCP 47 tag: 'tr' → 'tr', 'ar-SY' → 'ar', 'de-x-einfach' (plain German) → 'de',
 * 'en-XA' → 'en'; null for anything else (also for malformed tags).
 */
export function calendarLanguage(tag: string): CalendarLanguage | null {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return null;
  const base = tag.toLowerCase().split('-')[0];
  return CALENDAR_LANGUAGES.find((language) => language === base) ?? null;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const filled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

const REQUIRED_FIELDS = ['name', 'description', 'greeting'] as const;
const FIELDS = new Set<string>([...REQUIRED_FIELDS, 'observance']);

function holidayFrom(value: unknown): HolidayText | null {
  if (!isObject(value) || !REQUIRED_FIELDS.every((field) => filled(value[field]))) return null;
  const text: HolidayText = {
    name: value.name as string,
    description: value.description as string,
    greeting: value.greeting as string,
  };
  if (filled(value.observance)) text.observance = value.observance;
  return text;
}

/**
 * Reads a translation file at run time, leniently: whatever is valid is used, anything else (unknown keys, a
 * holiday without its name, description or greeting) is left out, so that it falls back to German as a whole
 * rather than mixing languages within one holiday. The completeness check (tests/tools/check-translations.ts)
 * is strict instead.
 */
export function parseCalendarTexts(data: unknown): PartialCalendarTexts {
  const texts: PartialCalendarTexts = { faiths: {}, holidays: {} };
  if (!isObject(data)) return texts;
  if (isObject(data.faiths)) {
    for (const [faith, name] of Object.entries(data.faiths)) {
      if (isFaithId(faith) && filled(name)) texts.faiths[faith] = name;
    }
  }
  if (isObject(data.holidays)) {
    for (const [key, value] of Object.entries(data.holidays)) {
      const text = isHolidayKey(key) ? holidayFrom(value) : null;
      if (text) texts.holidays[key as HolidayKey] = text;
    }
  }
  return texts;
}

export interface CalendarTextsIssue {
  /** Where, e.g. `holidays.easter.greeting`. */
  path: string;
  problem: 'missing' | 'empty' | 'unknown' | 'not a string' | 'not an object';
}

/**
 * Compares a translation file with the reference (German) texts, strictly: every faith and holiday of the
 * reference with a non-empty name, description and greeting, an observance exactly where the reference has
 * one, and no key the reference does not have.
 */
export function compareCalendarTexts(data: unknown, reference: CalendarTexts): CalendarTextsIssue[] {
  const issues: CalendarTextsIssue[] = [];
  const issue = (path: string, problem: CalendarTextsIssue['problem']) => issues.push({ path, problem });
  if (!isObject(data)) return [{ path: '(file)', problem: 'not an object' }];
  for (const key of Object.keys(data)) if (key !== 'faiths' && key !== 'holidays') issue(key, 'unknown');

  const checkString = (path: string, value: unknown) => {
    if (value === undefined) issue(path, 'missing');
    else if (typeof value !== 'string') issue(path, 'not a string');
    else if (value.trim() === '') issue(path, 'empty');
  };

  const faiths = data.faiths;
  if (!isObject(faiths)) issue('faiths', faiths === undefined ? 'missing' : 'not an object');
  else {
    for (const faith of Object.keys(reference.faiths) as FaithId[])
      checkString(`faiths.${faith}`, faiths[faith]);
    for (const faith of Object.keys(faiths))
      if (!(faith in reference.faiths)) issue(`faiths.${faith}`, 'unknown');
  }

  const holidays = data.holidays;
  if (!isObject(holidays)) {
    issue('holidays', holidays === undefined ? 'missing' : 'not an object');
    return issues;
  }
  for (const [key, source] of Object.entries(reference.holidays) as [HolidayKey, HolidayText][]) {
    const path = `holidays.${key}`;
    const text = holidays[key];
    if (text === undefined) {
      issue(path, 'missing');
      continue;
    }
    if (!isObject(text)) {
      issue(path, 'not an object');
      continue;
    }
    for (const field of REQUIRED_FIELDS) checkString(`${path}.${field}`, text[field]);
    if (source.observance !== undefined) checkString(`${path}.observance`, text.observance);
    else if (text.observance !== undefined) issue(`${path}.observance`, 'unknown');
    for (const field of Object.keys(text)) if (!FIELDS.has(field)) issue(`${path}.${field}`, 'unknown');
  }
  for (const key of Object.keys(holidays))
    if (!(key in reference.holidays)) issue(`holidays.${key}`, 'unknown');
  return issues;
}
