import { languageInfo } from './languages.ts';

/**
 * Dates, numbers, lists and language names through `Intl`, in the interface language. Pass the
 * i18next language (`i18n.language`); the registry maps it to the `Intl` locale (Latin digits,
 * Gregorian calendar, plain German formats like German). Formatters are cached: creating an
 * `Intl` object is far slower than using one.
 */
const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object | undefined, create: () => T): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

/** The `Intl` locale of an interface language. */
export const intlLocale = (language: string) => languageInfo(language).intl;

/**
 * A calendar date "YYYY-MM-DD" as a local Date at midnight (`new Date('2026-03-20')` would be UTC
 * midnight and show the previous day west of Greenwich).
 */
export function parseIsoDate(value: string): Date {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year!, (month ?? 1) - 1, day ?? 1);
}

const toDate = (value: Date | string | number) =>
  value instanceof Date
    ? value
    : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? parseIsoDate(value)
      : new Date(value);

export function formatNumber(value: number, language: string, options?: Intl.NumberFormatOptions): string {
  const locale = intlLocale(language);
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(value);
}

/**
 * Numbers interpolated into translations without an explicit format: four-digit numbers stay
 * ungrouped ("2026", not "2.026" — years and counts look alike), larger ones are grouped.
 */
export function formatPlainNumber(value: number, language: string): string {
  return formatNumber(value, language, { useGrouping: 'min2' });
}

export function formatDate(
  value: Date | string | number,
  language: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const locale = intlLocale(language);
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(
    toDate(value),
  );
}

export function formatDateTime(value: Date | string | number, language: string): string {
  return formatDate(value, language, { dateStyle: 'short', timeStyle: 'short' });
}

export function formatTime(value: Date | string | number, language: string): string {
  return formatDate(value, language, { timeStyle: 'short' });
}

/** "20.–22. März 2026" / "20–22 March 2026": a date range the way the language writes it. */
export function formatDateRange(
  start: Date | string,
  end: Date | string,
  language: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const locale = intlLocale(language);
  const formatter = cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
  return formatter.formatRange(toDate(start), toDate(end));
}

/**
 * The same day in another calendar (Hijri `islamic-umalqura`, Hebrew `hebrew`), written in the
 * interface language, for the interreligious calendar.
 */
export function formatDateInCalendar(
  value: Date | string,
  language: string,
  calendar: 'islamic-umalqura' | 'islamic-civil' | 'hebrew' | 'persian',
  options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' },
): string {
  const base = intlLocale(language).replace(/-u-.*$/, '');
  const locale = `${base}-u-ca-${calendar}-nu-latn`;
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(
    toDate(value),
  );
}

/** "Arabisch, Türkisch und Russisch": a list joined the way the language does. */
export function formatList(
  items: readonly string[],
  language: string,
  options: Intl.ListFormatOptions = { type: 'conjunction', style: 'long' },
): string {
  const locale = intlLocale(language);
  return cached('list', locale, options, () => new Intl.ListFormat(locale, options)).format(items);
}

/** "vor 3 Tagen" / "3 days ago". */
export function formatRelativeTime(
  value: number,
  unit: Intl.RelativeTimeFormatUnit,
  language: string,
  options: Intl.RelativeTimeFormatOptions = { numeric: 'auto' },
): string {
  const locale = intlLocale(language);
  return cached('relative', locale, options, () => new Intl.RelativeTimeFormat(locale, options)).format(
    value,
    unit,
  );
}

/**
 * The name of a language (BCP 47 tag, e.g. a mediator's "ku" or "sgn") in the interface language:
 * "Kurdisch" in German, "الكردية" in Arabic. Falls back to the tag itself.
 */
export function languageName(code: string, language: string): string {
  const locale = intlLocale(language);
  try {
    const names = cached(
      'language',
      locale,
      undefined,
      () => new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' }),
    );
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Locale-aware comparison for sorting names shown in the interface language. */
export function collator(language: string): Intl.Collator {
  const locale = intlLocale(language);
  return cached('collator', locale, undefined, () => new Intl.Collator(locale));
}
