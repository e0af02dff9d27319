import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatterModule } from './formatter.ts';
import { LANGUAGES } from './languages.ts';
import arPartners from './locales/ar/partners.json';
import dePartners from './locales/de/partners.json';
import plPartners from './locales/pl/partners.json';
import roPartners from './locales/ro/partners.json';
import ruPartners from './locales/ru/partners.json';
import ukPartners from './locales/uk/partners.json';

const COUNTS = [0, 1, 2, 5, 11, 21, 101] as const;

async function translator(language: string, partners: Record<string, string>) {
  const i18n = createInstance();
  await i18n.use(formatterModule).init({
    lng: language,
    fallbackLng: 'de',
    supportedLngs: LANGUAGES.map((entry) => entry.code),
    load: 'currentOnly',
    resources: { de: { partners: dePartners }, [language]: { partners } },
    defaultNS: 'partners',
    interpolation: { escapeValue: false, alwaysFormat: true },
  });
  return (count: number) => i18n.t('partners:measureCount', { count });
}

// The expected words are written out, so a wrong form in a translation file fails here too.
describe('plural forms of "n measures" with 0, 1, 2, 5, 11, 21, 101', () => {
  it('Arabic uses all six forms (zero, one, two, few, many, other)', async () => {
    const t = await translator('ar', arPartners);
    expect(COUNTS.map(t)).toEqual([
      'لا توجد إجراءات', // zero
      'إجراء واحد', // one
      'إجراءان', // two (dual)
      '5 إجراءات', // few: 3–10
      '11 إجراءً', // many: 11–99
      '21 إجراءً', // many
      '101 إجراء', // other: 100–102
    ]);
  });

  it('Russian: one (1, 21, 101), few (2), many (0, 5, 11)', async () => {
    const t = await translator('ru', ruPartners);
    expect(COUNTS.map(t)).toEqual(['0 мер', '1 мера', '2 меры', '5 мер', '11 мер', '21 мера', '101 мера']);
  });

  it('Ukrainian: one (1, 21, 101), few (2), many (0, 5, 11)', async () => {
    const t = await translator('uk', ukPartners);
    expect(COUNTS.map(t)).toEqual([
      '0 заходів',
      '1 захід',
      '2 заходи',
      '5 заходів',
      '11 заходів',
      '21 захід',
      '101 захід',
    ]);
  });

  it('Polish: only 1 is "one"; 21 and 101 are "many", 2 is "few"', async () => {
    const t = await translator('pl', plPartners);
    expect(COUNTS.map(t)).toEqual([
      '0 działań',
      '1 działanie',
      '2 działania',
      '5 działań',
      '11 działań',
      '21 działań',
      '101 działań',
    ]);
  });

  it('Romanian: "de" from 20 on (21), but not for 101', async () => {
    const t = await translator('ro', roPartners);
    expect(COUNTS.map(t)).toEqual([
      '0 măsuri',
      '1 măsură',
      '2 măsuri',
      '5 măsuri',
      '11 măsuri',
      '21 de măsuri',
      '101 măsuri',
    ]);
  });

  it('interpolated numbers follow the language: grouped from five digits, Latin digits in Arabic', async () => {
    expect((await translator('de', dePartners))(12345)).toBe('12.345 Maßnahmen');
    expect((await translator('de', dePartners))(2026)).toBe('2026 Maßnahmen');
    expect((await translator('ar', arPartners))(12345)).toBe('12,345 إجراءً'); // 45 → "many"
  });
});
