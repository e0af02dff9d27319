import { describe, expect, it } from 'vitest';
import {
  CALENDAR_LANGUAGES,
  JSON_CALENDAR_LANGUAGES,
  calendarLanguage,
  compareCalendarTexts,
  parseCalendarTexts,
} from './locales.ts';
import type { CalendarTexts } from './texts.ts';

// A two-holiday reference stands in for the German texts.
const reference = {
  faiths: { catholic: 'Katholisch', muslim: 'Muslimisch' },
  holidays: {
    easter: {
      name: 'Ostern',
      description: 'Auferstehung.',
      observance: 'Gottesdienst.',
      greeting: 'Frohe Ostern!',
    },
    'eid-al-fitr': { name: 'Ramadanfest', description: 'Ende des Ramadan.', greeting: 'Eid Mubarak!' },
  },
} as unknown as CalendarTexts;

const complete = () => ({
  faiths: { catholic: 'Katolik', muslim: 'Müslüman' },
  holidays: {
    easter: {
      name: 'Paskalya',
      description: 'Diriliş.',
      observance: 'Ayin.',
      greeting: 'Mutlu Paskalyalar!',
    },
    'eid-al-fitr': {
      name: 'Ramazan Bayramı',
      description: 'Ramazanın sonu.',
      greeting: 'Bayramınız mübarek olsun!',
    },
  },
});

describe('calendar languages', () => {
  it('are the ten interface languages; all but German and English come from JSON files', () => {
    expect(CALENDAR_LANGUAGES).toHaveLength(10);
    expect(JSON_CALENDAR_LANGUAGES).toEqual(['tr', 'ar', 'fa', 'ru', 'uk', 'pl', 'ro', 'bg']);
  });

  it.each([
    ['tr', 'tr'],
    ['AR', 'ar'],
    ['ar-SY', 'ar'],
    ['en-GB', 'en'],
    ['de-x-einfach', 'de'],
    ['en-XA', 'en'],
    ['fr', null],
    ['', null],
    ['de-', null],
    ['<script>', null],
    ['ar_SY', null],
  ])('maps the tag %j to %j', (tag, expected) => {
    expect(calendarLanguage(tag)).toBe(expected);
  });
});

describe('parseCalendarTexts (run time, lenient)', () => {
  it('keeps every valid text', () => {
    expect(parseCalendarTexts(complete())).toEqual(complete());
  });

  it('leaves out unknown keys and holidays without name, description or greeting', () => {
    const texts = parseCalendarTexts({
      faiths: { muslim: 'Müslüman', martian: 'x', catholic: '  ' },
      holidays: {
        easter: { name: 'Paskalya', description: 'Diriliş.' },
        'eid-al-fitr': { name: 'Ramazan Bayramı', description: 'Son.', greeting: 'Mübarek!', observance: '' },
        'no-such-day': { name: 'x', description: 'x', greeting: 'x' },
      },
    });
    expect(texts).toEqual({
      faiths: { muslim: 'Müslüman' },
      holidays: { 'eid-al-fitr': { name: 'Ramazan Bayramı', description: 'Son.', greeting: 'Mübarek!' } },
    });
  });

  it.each([null, 'text', [], { faiths: [], holidays: 'x' }])('survives %j', (data) => {
    expect(parseCalendarTexts(data)).toEqual({ faiths: {}, holidays: {} });
  });
});

describe('compareCalendarTexts (completeness check, strict)', () => {
  it('accepts a complete translation', () => {
    expect(compareCalendarTexts(complete(), reference)).toEqual([]);
  });

  it('names every missing, empty, unknown and mistyped key', () => {
    const data = complete() as Record<string, unknown> & ReturnType<typeof complete>;
    delete (data.faiths as Record<string, string>).muslim;
    (data.faiths as Record<string, string>).martian = 'x';
    data.holidays.easter = { name: 'Paskalya', description: ' ', greeting: 'Mutlu!' } as never;
    (data.holidays['eid-al-fitr'] as Record<string, unknown>).observance = 'Namaz.';
    (data.holidays['eid-al-fitr'] as Record<string, unknown>).note = 'x';
    (data.holidays as Record<string, unknown>)['no-such-day'] = {};
    data.extra = 1;
    expect(compareCalendarTexts(data, reference)).toEqual([
      { path: 'extra', problem: 'unknown' },
      { path: 'faiths.muslim', problem: 'missing' },
      { path: 'faiths.martian', problem: 'unknown' },
      { path: 'holidays.easter.description', problem: 'empty' },
      { path: 'holidays.easter.observance', problem: 'missing' },
      { path: 'holidays.eid-al-fitr.observance', problem: 'unknown' },
      { path: 'holidays.eid-al-fitr.note', problem: 'unknown' },
      { path: 'holidays.no-such-day', problem: 'unknown' },
    ]);
  });

  it('reports wrong shapes instead of throwing', () => {
    expect(compareCalendarTexts([], reference)).toEqual([{ path: '(file)', problem: 'not an object' }]);
    expect(compareCalendarTexts({ faiths: 'x' }, reference)).toEqual([
      { path: 'faiths', problem: 'not an object' },
      { path: 'holidays', problem: 'missing' },
    ]);
    const data = complete() as { holidays: Record<string, unknown> };
    data.holidays.easter = 'Paskalya';
    (data.holidays['eid-al-fitr'] as Record<string, unknown>).name = 42;
    expect(compareCalendarTexts(data, reference)).toEqual([
      { path: 'holidays.easter', problem: 'not an object' },
      { path: 'holidays.eid-al-fitr.name', problem: 'not a string' },
    ]);
  });
});
