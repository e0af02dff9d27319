import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateInCalendar,
  formatDateRange,
  formatList,
  formatNumber,
  formatPlainNumber,
  intlLocale,
  languageName,
  parseIsoDate,
} from './format.ts';

describe('Intl formatting in the interface language', () => {
  it('writes numbers the way each language does, with Latin digits in Arabic and Persian', () => {
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'ar')).toMatch(/^1.234.5$/);
    expect(formatNumber(1234.5, 'fa')).toMatch(/^1.234.5$/);
    expect(formatPlainNumber(2026, 'de')).toBe('2026');
    expect(formatPlainNumber(12026, 'de')).toBe('12.026');
  });

  it('keeps the Gregorian calendar in Persian and plain German formats like German', () => {
    expect(formatDate('2026-03-20', 'fa', { year: 'numeric' })).toMatch(/2026/);
    expect(formatDate('2026-03-20', 'de-x-einfach')).toBe(formatDate('2026-03-20', 'de'));
    expect(intlLocale('en-XA')).toBe('ru-RU');
  });

  it('reads "YYYY-MM-DD" as a local calendar day', () => {
    const day = parseIsoDate('2026-01-01');
    expect([day.getFullYear(), day.getMonth(), day.getDate()]).toEqual([2026, 0, 1]);
    expect(formatDate('2026-01-01', 'de', { day: 'numeric', month: 'numeric' })).toBe('1.1.');
  });

  it('formats ranges, lists and language names in the chosen language', () => {
    expect(formatDateRange('2026-03-20', '2026-03-22', 'de', { day: 'numeric', month: 'long' })).toBe(
      '20.–22. März',
    );
    expect(formatList(['Arabisch', 'Türkisch', 'Russisch'], 'de')).toBe('Arabisch, Türkisch und Russisch');
    expect(languageName('ar', 'de')).toBe('Arabisch');
    expect(languageName('tr', 'ru')).toBe('турецкий');
    expect(languageName('not a tag', 'de')).toBe('not a tag');
  });

  it('shows the same day in the Hijri and Hebrew calendars', () => {
    // 20 March 2026 is 1 Shawwal 1447 (Eid al-Fitr) and 2 Nisan 5786.
    expect(formatDateInCalendar('2026-03-20', 'en', 'islamic-umalqura')).toMatch(
      /Shawwal 1, 1447|1 Shawwal 1447/,
    );
    expect(formatDateInCalendar('2026-03-20', 'en', 'hebrew')).toMatch(/Nisan 5786/);
    expect(formatDateInCalendar('2026-03-20', 'ar', 'islamic-umalqura')).toMatch(/شوال 1447/);
  });
});
