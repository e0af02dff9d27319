import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JSON_CALENDAR_LANGUAGES } from '../../shared/calendar/locales.ts';
import type { CalendarTexts } from '../../shared/calendar/texts.ts';
import { calendarTextLanguages, checkCalendarTexts } from '../tools/check-calendar-texts.ts';
import { runCheck } from '../tools/check-translations.ts';

// Fixtures: a two-faith, two-holiday reference in place of the German texts, files in a temporary folder.
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

const turkish = {
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
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'holiday-texts-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (file: string, content: unknown) =>
  writeFileSync(path.join(dir, file), typeof content === 'string' ? content : JSON.stringify(content));
const check = (languages = ['tr']) => checkCalendarTexts({ dir, languages, reference });

describe('holiday texts completeness check', () => {
  it('needs a file for each of the ten interface languages but German and English', () => {
    expect(calendarTextLanguages()).toEqual(['tr', 'ar', 'fa', 'ru', 'uk', 'pl', 'ro', 'bg']);
    expect([...JSON_CALENDAR_LANGUAGES]).toEqual(calendarTextLanguages());
  });

  it('passes a complete file', () => {
    write('tr.json', turkish);
    const result = check();
    expect(result.problems).toEqual([]);
    expect(result.failures).toEqual([]);
    expect(result.coverage).toEqual([
      { language: 'tr', namespace: 'holidays', total: 4, translated: 4, missing: [] },
    ]);
  });

  it('fails, saying which file, when a language has none', () => {
    write('tr.json', turkish);
    const result = check(['tr', 'ar']);
    expect(result.failures).toEqual([
      expect.stringMatching(/^ar\/holidays: .*ar\.json is missing — the calendar would show German/),
    ]);
    expect(result.coverage[1]).toMatchObject({ language: 'ar', translated: 0 });
  });

  it('names every missing or empty text, and counts complete faiths and holidays', () => {
    write('tr.json', {
      faiths: { catholic: 'Katolik' },
      holidays: {
        easter: { name: 'Paskalya', description: '', greeting: 'Mutlu Paskalyalar!' },
        'eid-al-fitr': turkish.holidays['eid-al-fitr'],
      },
    });
    const result = check();
    expect(result.problems).toEqual([]);
    expect(result.failures).toEqual([
      expect.stringContaining(
        'tr.json lacks 3 text(s): faiths.muslim, holidays.easter.description (empty), holidays.easter.observance',
      ),
    ]);
    expect(result.coverage[0]).toMatchObject({
      translated: 2,
      missing: ['faiths.muslim', 'holidays.easter'],
    });
  });

  it('rejects keys the German texts do not have and values of the wrong type', () => {
    write('tr.json', {
      ...turkish,
      faiths: { ...turkish.faiths, pastafarian: 'x' },
      holidays: {
        ...turkish.holidays,
        'eid-al-fitr': { ...turkish.holidays['eid-al-fitr'], observance: 'Namaz.', name: 7 },
        'old-key': { name: 'x', description: 'x', greeting: 'x' },
      },
    });
    const messages = check().problems.map((problem) => `${problem.key}: ${problem.message}`);
    expect(messages).toEqual([
      'faiths.pastafarian: key is not in the German texts (shared/calendar/texts-de.ts)',
      'holidays.eid-al-fitr.name: must be a string',
      'holidays.eid-al-fitr.observance: key is not in the German texts (shared/calendar/texts-de.ts)',
      'holidays.old-key: key is not in the German texts (shared/calendar/texts-de.ts)',
    ]);
  });

  it('reports invalid JSON and files of languages that need none', () => {
    write('tr.json', '{ "faiths": ');
    write('de.json', turkish);
    write('xx.json', turkish);
    const result = check();
    expect(result.problems.map((problem) => `${problem.language}: ${problem.message}`)).toEqual([
      expect.stringMatching(
        /^de: .*de\.json is no language that needs one \(tr; German and English are bundled/,
      ),
      expect.stringMatching(/^xx: .*xx\.json is no language/),
      expect.stringMatching(/^tr: invalid JSON in .*tr\.json/),
    ]);
  });

  it('is part of the translation check (npm run i18n:check)', () => {
    write('tr.json', turkish);
    const result = runCheck(undefined, { dir, languages: ['tr', 'ar'], reference });
    expect(result.failures).toContainEqual(expect.stringMatching(/^ar\/holidays: /));
    expect(result.failures.some((failure) => failure.startsWith('tr/holidays'))).toBe(false);
    expect(result.coverage).toContainEqual(
      expect.objectContaining({ language: 'tr', namespace: 'holidays' }),
    );
  });
});
