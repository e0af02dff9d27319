import type { FormatterModule } from 'i18next';
import { formatDate, formatList, formatNumber, formatPlainNumber, languageName } from './format.ts';
import { SOURCE_LANGUAGE } from './languages.ts';

/**
 * i18next formatter through the app's `Intl` helpers (format.ts), so that interpolated values
 * follow the registry's locales (Latin digits, Gregorian calendar). With `alwaysFormat`, a bare
 * `{{count}}` is formatted as a number too. Explicit formats in translations:
 * `{{n, number}}`, `{{d, date}}`, `{{d, datetime}}`, `{{items, list}}`, `{{code, language}}`.
 */
/** The formats translations may name; the completeness check rejects others. */
export const INTERPOLATION_FORMATS = ['number', 'date', 'datetime', 'list', 'language'] as const;

export const formatterModule: FormatterModule = {
  type: 'formatter',
  init() {},
  add() {},
  addCached() {},
  format(value: unknown, format: string | undefined, lng: string | undefined) {
    const language = lng ?? SOURCE_LANGUAGE;
    if (value == null) return value as unknown as string; // i18next reports the missing value
    switch (format?.trim()) {
      case undefined:
      case '':
        return typeof value === 'number' ? formatPlainNumber(value, language) : (value as string);
      case 'number':
        return typeof value === 'number' ? formatNumber(value, language) : String(value);
      case 'date':
        return formatDate(value as Date | string, language);
      case 'datetime':
        return formatDate(value as Date | string, language, { dateStyle: 'medium', timeStyle: 'short' });
      case 'list':
        return Array.isArray(value) ? formatList(value.map(String), language) : String(value);
      case 'language':
        return languageName(String(value), language);
      default:
        return String(value);
    }
  },
};
