import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_CALENDAR_LANGUAGES } from '../../../shared/calendar/locales.ts';
import { hasHolidayTexts, loadHolidayTexts, onHolidayTexts } from './holiday-texts.ts';
import { PSEUDO_OPEN } from './pseudo.ts';

const file = (language: string) => `shared/calendar/texts/locales/${language}.json`;

describe('holiday texts of the interface language', () => {
  it('has a lazy chunk for exactly the translators’ files that exist, never for de or en', () => {
    for (const language of JSON_CALENDAR_LANGUAGES) {
      expect(hasHolidayTexts(language), language).toBe(existsSync(file(language)));
    }
    expect(hasHolidayTexts('de')).toBe(false);
    expect(hasHolidayTexts('en')).toBe(false);
  });

  it('hands loaded texts to listeners, also to those that subscribe later', async () => {
    const early: [string, unknown][] = [];
    const stop = onHolidayTexts((language, texts) => early.push([language, texts]));
    await loadHolidayTexts('de'); // bundled with the engine: nothing to load
    await loadHolidayTexts('en-XA');
    expect(early.map(([language]) => language)).toEqual(['en-XA']);
    const pseudo = early[0]![1] as { holidays: Record<string, { name: string }> };
    expect(pseudo.holidays.easter!.name.startsWith(PSEUDO_OPEN)).toBe(true);
    stop();

    const late: string[] = [];
    onHolidayTexts((language) => late.push(language));
    expect(late).toEqual(['en-XA']);
    await loadHolidayTexts('en-XA'); // loaded once only
    expect(late).toEqual(['en-XA']);

    const translated = JSON_CALENDAR_LANGUAGES.find((language) => existsSync(file(language)));
    if (translated) {
      await loadHolidayTexts(translated);
      expect(late).toContain(translated);
      const expected = JSON.parse(readFileSync(file(translated), 'utf8'));
      const received: unknown[] = [];
      onHolidayTexts((language, texts) => language === translated && received.push(texts));
      expect(received).toEqual([expected]);
    }
  });
});
