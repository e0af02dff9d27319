import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { directionOf, LANGUAGES, pickLanguage, PSEUDO_LANGUAGES } from './languages.ts';

describe('language registry', () => {
  it('has the ten interface languages plus plain German, each with its own name', () => {
    expect(LANGUAGES.map((language) => language.code)).toEqual([
      'de',
      'de-x-einfach',
      'en',
      'tr',
      'ar',
      'fa',
      'ru',
      'uk',
      'pl',
      'ro',
      'bg',
    ]);
    const names = LANGUAGES.map((language) => language.nativeName);
    expect(new Set(names).size).toBe(names.length);
  });

  it('writes Arabic, Persian and the RTL pseudo-locale right to left, the rest left to right', () => {
    const rtl = [...LANGUAGES, ...PSEUDO_LANGUAGES].filter((l) => l.dir === 'rtl').map((l) => l.code);
    expect(rtl).toEqual(['ar', 'fa', 'ar-XB']);
    expect(directionOf('unknown')).toBe('ltr');
  });

  it('has valid BCP 47 tags, Intl locales and a locale folder for every language', () => {
    for (const language of [...LANGUAGES, ...PSEUDO_LANGUAGES]) {
      expect(Intl.getCanonicalLocales(language.code)).toEqual([language.code]);
      expect(() => new Intl.DateTimeFormat(language.intl)).not.toThrow();
    }
    for (const language of LANGUAGES) {
      expect(existsSync(`web/src/i18n/locales/${language.code}`), language.code).toBe(true);
    }
  });
});

describe('first visit follows the browser languages', () => {
  it.each([
    [['ar-SY', 'de'], 'ar'],
    [['de-AT'], 'de'],
    [['fa-IR'], 'fa'],
    [['prs-AF'], 'fa'],
    [['ku', 'tr-TR'], 'tr'],
    [['uk_UA'], 'uk'],
    [['sr', 'hr'], 'de'],
    [[], 'de'],
  ])('%j → %s', (preferred, expected) => {
    expect(pickLanguage(preferred)).toBe(expected);
  });

  it('never picks plain German or a pseudo-locale by itself', () => {
    expect(pickLanguage(['de-x-einfach'])).toBe('de');
    expect(pickLanguage(['en-XA'])).toBe('en');
    expect(pickLanguage(['ar-XB'])).toBe('ar');
  });
});
