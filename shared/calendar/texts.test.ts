import { describe, expect, it } from 'vitest';
import { HOLIDAY_KEYS } from './keys.ts';
import { calendarLanguages, faithName, holidayInfo, holidayText, registerCalendarTexts } from './texts.ts';
import { textsDe } from './texts-de.ts';
import { textsEn } from './texts-en.ts';
import { FAITH_IDS } from './types.ts';

const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ„“"])/).length;

describe('holiday texts', () => {
  it('has a German and an English name, description and greeting for every holiday', () => {
    expect(calendarLanguages()).toEqual(expect.arrayContaining(['de', 'en']));
    for (const texts of [textsDe, textsEn]) {
      expect(Object.keys(texts.holidays).sort()).toEqual([...HOLIDAY_KEYS].sort());
      for (const key of HOLIDAY_KEYS) {
        const text = texts.holidays[key];
        expect(text.name.trim(), key).not.toBe('');
        expect(text.description.trim(), key).not.toBe('');
        expect(text.greeting.trim(), key).not.toBe('');
        expect(sentences(text.description), `${key}: 1–3 sentences`).toBeLessThanOrEqual(3);
        expect(text.description.length, key).toBeLessThan(400);
      }
    }
  });

  it('does not leave English texts untranslated', () => {
    const same = HOLIDAY_KEYS.filter(
      (key) => textsDe.holidays[key].description === textsEn.holidays[key].description,
    );
    expect(same).toEqual([]);
  });

  it('looks up by language with a German fallback', () => {
    expect(holidayText('easter', 'de')).toMatchObject({ name: 'Ostern', greeting: 'Frohe Ostern!' });
    expect(holidayText('easter', 'en')).toMatchObject({ name: 'Easter', greeting: 'Happy Easter!' });
    expect(holidayText('easter', 'en-GB')?.name).toBe('Easter');
    expect(holidayText('easter', 'fr')?.name).toBe('Ostern');
    expect(holidayText('ramadan', 'de')?.greeting).toContain('Ramadan Mubarak');
    expect(holidayText('rosh-hashanah', 'en')?.greeting).toContain('Shana Tova');
    expect(holidayText('pesach', 'de')?.greeting).toContain('Chag');
    expect(holidayText('no-such-holiday', 'de')).toBeUndefined();
  });

  it('accepts a further, partial language and falls back to German for the rest', () => {
    registerCalendarTexts('tr', {
      faiths: { muslim: 'Müslüman' },
      holidays: {
        'eid-al-fitr': {
          name: 'Ramazan Bayramı',
          description: 'Ramazan ayının sonu.',
          greeting: 'Bayramınız mübarek olsun!',
        },
      },
    });
    expect(holidayText('eid-al-fitr', 'tr-TR')?.name).toBe('Ramazan Bayramı');
    expect(holidayText('easter', 'tr')?.name).toBe('Ostern');
    expect(faithName('muslim', 'tr')).toBe('Müslüman');
    expect(faithName('jewish', 'tr')).toBe('Jüdisch');
  });

  it('names every faith in both languages and tells who observes a holiday', () => {
    for (const faith of FAITH_IDS) {
      expect(faithName(faith, 'de')).not.toBe('');
      expect(faithName(faith, 'en')).not.toBe('');
    }
    expect(faithName('yazidi', 'fr')).toBe('Êzîdîsch');
    expect(holidayInfo('orthodox-easter', 'en')).toMatchObject({
      name: 'Orthodox Easter (Pascha)',
      faith: 'orthodox',
      faiths: ['orthodox', 'syriac', 'coptic'],
    });
  });
});
