/**
 * The language registry: every interface language with its own name, writing direction and the
 * locale `Intl` formats with. Pure data and functions (no DOM), so the completeness check and the
 * bench read it too. Order = order in the language menu.
 */
export interface LanguageInfo {
  /** BCP 47 tag used for `<html lang>`, the locale folder and i18next. */
  code: string;
  /** The language's name in itself, as the language menu shows it. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
  /**
   * Locale for `Intl` (dates, numbers, lists). Latin digits and the Gregorian calendar everywhere:
   * numbers must match what users see on letters, forms and phones in Germany (docs/decisions.md).
   */
  intl: string;
  /** Share of source keys that must be translated (tests/tools/check-translations.ts). */
  threshold: number;
  /** Namespaces the threshold applies to; `all` = every namespace of the German source. */
  scope: 'all' | 'public';
}

export const LANGUAGES = [
  { code: 'de', nativeName: 'Deutsch', dir: 'ltr', intl: 'de-DE', threshold: 1, scope: 'all' },
  // Plain German ("Einfache Sprache"): no registered subtag exists, so a private-use tag. It falls
  // back to standard German key by key and only covers the public screens.
  {
    code: 'de-x-einfach',
    nativeName: 'Einfache Sprache',
    dir: 'ltr',
    intl: 'de-DE',
    threshold: 0.8,
    scope: 'public',
  },
  { code: 'en', nativeName: 'English', dir: 'ltr', intl: 'en-GB', threshold: 1, scope: 'all' },
  { code: 'tr', nativeName: 'Türkçe', dir: 'ltr', intl: 'tr-TR', threshold: 1, scope: 'all' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl', intl: 'ar-u-nu-latn', threshold: 1, scope: 'all' },
  {
    code: 'fa',
    nativeName: 'فارسی',
    dir: 'rtl',
    intl: 'fa-u-ca-gregory-nu-latn',
    threshold: 1,
    scope: 'all',
  },
  { code: 'ru', nativeName: 'Русский', dir: 'ltr', intl: 'ru-RU', threshold: 1, scope: 'all' },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr', intl: 'uk-UA', threshold: 1, scope: 'all' },
  { code: 'pl', nativeName: 'Polski', dir: 'ltr', intl: 'pl-PL', threshold: 1, scope: 'all' },
  { code: 'ro', nativeName: 'Română', dir: 'ltr', intl: 'ro-RO', threshold: 1, scope: 'all' },
  { code: 'bg', nativeName: 'Български', dir: 'ltr', intl: 'bg-BG', threshold: 1, scope: 'all' },
] as const satisfies readonly LanguageInfo[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const SOURCE_LANGUAGE = 'de' satisfies LanguageCode;
export const PLAIN_GERMAN = 'de-x-einfach' satisfies LanguageCode;

/**
 * Namespaces of the public screens: plain German must reach its threshold in these. A feature
 * with public screens (calendar, mediator pools, search) adds its namespace here once its
 * plain-German file exists.
 */
export const PUBLIC_NAMESPACES: readonly string[] = [
  'common',
  'partners',
  'home',
  'search',
  'calendar',
  'mediators',
];

/**
 * Test-only pseudo-locales (never in the menu; `?pseudo=accented|rtl`): generated from the German
 * source, accented and 40 % longer, the second one right-to-left. Region codes XA/XB are the
 * private-use ones Chromium and Android use for the same purpose. They format with Russian and
 * Arabic `Intl` data, so that dates and language names carry no ASCII letters either: any ASCII
 * word on a pseudo screen is a string that bypassed t().
 */
export const PSEUDO_LANGUAGES = [
  { code: 'en-XA', nativeName: 'Pseudo (accented)', dir: 'ltr', intl: 'ru-RU', threshold: 0, scope: 'all' },
  { code: 'ar-XB', nativeName: 'Pseudo (RTL)', dir: 'rtl', intl: 'ar-u-nu-latn', threshold: 0, scope: 'all' },
] as const satisfies readonly LanguageInfo[];
export type PseudoLanguageCode = (typeof PSEUDO_LANGUAGES)[number]['code'];
export type AnyLanguageCode = LanguageCode | PseudoLanguageCode;

const ALL: readonly LanguageInfo[] = [...LANGUAGES, ...PSEUDO_LANGUAGES];

export function languageInfo(code: string): LanguageInfo {
  return ALL.find((language) => language.code === code) ?? LANGUAGES[0];
}

export function isLanguageCode(value: string | null | undefined): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

export function isPseudoLanguage(value: string | null | undefined): value is PseudoLanguageCode {
  return PSEUDO_LANGUAGES.some((language) => language.code === value);
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return languageInfo(code).dir;
}

/** Tags browsers send for which one of our languages is the best choice. */
const ALIASES: Record<string, LanguageCode> = {
  prs: 'fa', // Dari (Afghanistan) reads Persian
  pes: 'fa',
  mo: 'ro', // legacy tag for Romanian in Moldova
};

/**
 * First of the browser's preferred languages we offer ("de-AT" counts as "de", "ar-SY" as "ar"),
 * else German. Plain German is never chosen automatically: browsers have no tag for it.
 */
export function pickLanguage(preferred: readonly string[]): LanguageCode {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLanguageCode(base)) return base;
    const alias = ALIASES[base];
    if (alias) return alias;
  }
  return SOURCE_LANGUAGE;
}
