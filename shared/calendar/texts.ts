import { HOLIDAY_FAITHS, isHolidayKey, type HolidayKey } from './keys.ts';
import { textsDe } from './texts-de.ts';
import { textsEn } from './texts-en.ts';
import type { FaithId } from './types.ts';

/** What staff read about a holiday, in one language. */
export interface HolidayText {
  name: string;
  /** One to three neutral sentences. */
  description: string;
  /** How it is observed (fasting, no work, customs) where that helps planning. */
  observance?: string;
  /** How to greet people who celebrate it, e.g. "Frohe Ostern!"; on days of mourning, what is appropriate. */
  greeting: string;
}

/** The complete texts of one language (German is the reference and must be complete). */
export interface CalendarTexts {
  faiths: Record<FaithId, string>;
  holidays: Record<HolidayKey, HolidayText>;
}

/** A further language may be partial; whatever is missing falls back to German. */
export interface PartialCalendarTexts {
  faiths: Partial<Record<FaithId, string>>;
  holidays: Partial<Record<HolidayKey, HolidayText>>;
}

/** Bundled languages; a further language is one texts-<lang>.ts file, added here or registered at runtime. */
const LOCALES = new Map<string, PartialCalendarTexts>([
  ['de', textsDe],
  ['en', textsEn],
]);

export const FALLBACK_LANGUAGE = 'de';

/** The languages with calendar texts (German and English are bundled). */
export function calendarLanguages(): string[] {
  return [...LOCALES.keys()];
}

/** Adds the texts of a language, e.g. after the web app has lazily loaded its translation chunk. */
export function registerCalendarTexts(lang: string, texts: PartialCalendarTexts): void {
  LOCALES.set(lang.toLowerCase(), texts);
}

function locale(lang: string): PartialCalendarTexts {
  const normalised = lang.toLowerCase();
  return LOCALES.get(normalised) ?? LOCALES.get(normalised.split('-')[0] ?? '') ?? textsDe;
}

/** Texts of a holiday in `lang` ('de', 'en', 'en-GB', …), falling back to German. */
export function holidayText(holidayKey: HolidayKey, lang: string): HolidayText;
export function holidayText(holidayKey: string, lang: string): HolidayText | undefined;
export function holidayText(holidayKey: string, lang: string): HolidayText | undefined {
  if (!isHolidayKey(holidayKey)) return undefined;
  return locale(lang).holidays[holidayKey] ?? textsDe.holidays[holidayKey];
}

/** Display name of a faith community in `lang`, falling back to German. */
export function faithName(faith: FaithId, lang: string): string {
  return locale(lang).faiths[faith] ?? textsDe.faiths[faith];
}

/** Texts plus the communities that observe the holiday. */
export function holidayInfo(
  holidayKey: HolidayKey,
  lang: string,
): HolidayText & { faith: FaithId; faiths: readonly FaithId[] } {
  const [faith, ...others] = HOLIDAY_FAITHS[holidayKey];
  return { ...holidayText(holidayKey, lang), faith, faiths: [faith, ...others] };
}
