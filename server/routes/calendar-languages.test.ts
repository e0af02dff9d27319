import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CALENDAR_LANGUAGES,
  JSON_CALENDAR_LANGUAGES,
  computeHolidays,
  holidayText,
} from '../../shared/calendar/index.ts';
import { apiErrorSchema } from '../../shared/errors.ts';
import { createApp } from '../app.ts';
import { CALENDAR_LOCALES_DIR, ensureCalendarLocales, loadCalendarLocales } from '../calendar/locales.ts';
import { createTestDb, TEST_DB_KIND, type TestDb } from '../test-support/test-db.ts';

// The calendar endpoints speak every interface language: German and English are bundled, the others come
// from the translators' files (shared/calendar/texts/locales/<lang>.json) and fall back to German.

let testDb: TestDb;
let app: ReturnType<typeof createApp>;
let fixtureDir: string;

beforeAll(async () => {
  testDb = await createTestDb();
  app = createApp({ db: testDb.db, log: false });
  fixtureDir = mkdtempSync(path.join(tmpdir(), 'calendar-locales-'));
});
afterAll(async () => {
  await testDb.dispose();
  rmSync(fixtureDir, { recursive: true, force: true });
});

interface Event {
  id: string;
  holidayKey: string | null;
  name: string;
  greeting: string | null;
}

async function events(query: string) {
  const res = await app.request(`/api/calendar?${query}`);
  expect(res.status, query).toBe(200);
  return ((await res.json()) as { lang: string; events: Event[] }).events;
}

describe(`calendar languages on ${TEST_DB_KIND}`, () => {
  it.each(CALENDAR_LANGUAGES)('accepts lang=%s for the JSON and the ICS feed', async (lang) => {
    const body = (await (await app.request(`/api/calendar?year=2026&lang=${lang}`)).json()) as {
      lang: string;
      events: Event[];
    };
    expect(body.lang).toBe(lang);
    expect(body.events.length).toBe(computeHolidays(2026).length);
    const ics = await app.request(`/api/calendar.ics?year=2026&lang=${lang}&faiths=jewish`);
    expect(ics.status).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(5);
    expect((await app.request(`/api/calendar/easter-2026.ics?lang=${lang}`)).status).toBe(200);
  });

  it('answers regional tags and plain German in their base language', async () => {
    const arabic = await app.request('/api/calendar?year=2026&lang=ar-SY');
    expect(((await arabic.json()) as { lang: string }).lang).toBe('ar');
    const plain = await app.request('/api/calendar?year=2026&lang=de-x-einfach&faiths=catholic');
    const body = (await plain.json()) as { lang: string; events: Event[] };
    expect(body.lang).toBe('de');
    expect(body.events.find((event) => event.holidayKey === 'easter')?.name).toBe('Ostern');
  });

  it.each(['fr', 'zz', 'de-', 'ar_SY', 'x'])('still refuses lang=%s with a 400', async (lang) => {
    for (const url of [`/api/calendar?year=2026&lang=${lang}`, `/api/calendar.ics?lang=${lang}`]) {
      const res = await app.request(url);
      expect(res.status, url).toBe(400);
      const body = apiErrorSchema.parse(await res.json());
      expect(body.error.fields?.lang).toEqual(['unknown_language']);
      expect(body.error.message).toContain('tr, ar, fa');
    }
  });

  it('uses each translator file that exists, else German', async () => {
    const report = ensureCalendarLocales();
    for (const lang of JSON_CALENDAR_LANGUAGES) {
      const file = path.join(CALENDAR_LOCALES_DIR, `${lang}.json`);
      const list = await events(`year=2026&lang=${lang}&faiths=muslim`);
      const fitr = list.find((event) => event.holidayKey === 'eid-al-fitr')!;
      if (existsSync(file)) {
        expect(report.loaded).toContain(lang);
        const texts = JSON.parse(readFileSync(file, 'utf8'));
        expect(fitr.name, lang).toBe(texts.holidays['eid-al-fitr'].name);
      } else {
        expect(report.missing).toContain(lang);
        expect(fitr.name, lang).toBe(holidayText('eid-al-fitr', 'de').name);
      }
    }
  });

  it('reads a translation file: its texts in JSON and ICS, the rest German, a new ETag', async () => {
    ensureCalendarLocales(); // the real files first, so that the fixture below wins
    const empty = loadCalendarLocales(path.join(fixtureDir, 'none'));
    writeFileSync(
      path.join(fixtureDir, 'tr.json'),
      JSON.stringify({
        faiths: { muslim: 'Müslüman', unknown: 'x' },
        holidays: {
          'eid-al-fitr': {
            name: 'Ramazan Bayramı',
            description: 'Ramazan ayının sonunu kutlayan bayram.',
            observance: 'Bayram namazı, aile ziyaretleri.',
            greeting: 'Ramazan Bayramınız mübarek olsun!',
          },
          // Incomplete: falls back to German as a whole.
          'eid-al-adha': { name: 'Kurban Bayramı' },
          'no-such-holiday': { name: 'x', description: 'x', greeting: 'x' },
        },
      }),
    );
    writeFileSync(path.join(fixtureDir, 'ar.json'), '{ not json');
    const report = loadCalendarLocales(fixtureDir);
    expect(report.loaded).toEqual(['tr']);
    expect(report.missing).toEqual(JSON_CALENDAR_LANGUAGES.filter((lang) => lang !== 'tr' && lang !== 'ar'));
    expect(report.problems).toEqual([
      expect.stringContaining('tr.json: 1 of 108 holidays usable'),
      expect.stringContaining('ar.json:'),
    ]);

    const list = await events('year=2026&lang=tr&faiths=muslim');
    const fitr = list.find((event) => event.holidayKey === 'eid-al-fitr')!;
    expect(fitr).toMatchObject({ name: 'Ramazan Bayramı', greeting: 'Ramazan Bayramınız mübarek olsun!' });
    expect(list.find((event) => event.holidayKey === 'eid-al-adha')?.name).toBe(
      holidayText('eid-al-adha', 'de').name,
    );

    const ics = await (await app.request('/api/calendar.ics?year=2026&lang=tr&faiths=muslim')).text();
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const summaries = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent).summary);
    expect(summaries).toContain('Ramazan Bayramı');
    expect(ics).toContain('CATEGORIES:Müslüman');

    // A file that changed on disk (the next deploy) must not be answered with an old 304: the ETag
    // includes a fingerprint of the files.
    expect(report.fingerprint).not.toBe(empty.fingerprint);
    expect(loadCalendarLocales(fixtureDir).fingerprint).toBe(report.fingerprint);
  });
});
