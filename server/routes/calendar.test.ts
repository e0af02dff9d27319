import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAITH_IDS, computeHolidays, holidayText, type HolidayKey } from '../../shared/calendar/index.ts';
import { apiErrorSchema } from '../../shared/errors.ts';
import { createApp } from '../app.ts';
import { currentYear } from '../calendar/query.ts';
import { createTestDb, TEST_DB_KIND, type TestDb } from '../test-support/test-db.ts';

let testDb: TestDb;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  testDb = await createTestDb();
  app = createApp({ db: testDb.db, log: false });
});
afterAll(() => testDb.dispose());

interface Event {
  id: string;
  faith: string;
  faiths: string[];
  date: string;
  end: string | null;
  name: string;
  description: string;
  approximate: boolean;
  greeting: string | null;
  beginsEveningBefore: boolean;
  nativeDate: { calendar: string; label: string } | null;
  source: string;
  url: string;
}

async function getJson(path: string) {
  const res = await app.request(path);
  return { res, body: (await res.json()) as { year: number; years?: number[]; events: Event[] } };
}

function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

/** The last day of an all-day event (DTEND is exclusive). */
function lastDay(event: ICAL.Event): string {
  const end = event.endDate.clone();
  end.adjust(-1, 0, 0, 0);
  return end.toString();
}

describe(`GET /api/calendar on ${TEST_DB_KIND}`, () => {
  it('answers the JSON of DESIGN.md §6 with every holiday of the year, in the asked language', async () => {
    const { res, body } = await getJson('/api/calendar?year=2026&lang=de');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const expected = computeHolidays(2026);
    expect(body.year).toBe(2026);
    expect(body.events.map((event) => event.id)).toEqual(expected.map((holiday) => holiday.id));
    for (const event of body.events) {
      expect(Object.keys(event)).toEqual(
        expect.arrayContaining(['id', 'faith', 'date', 'end', 'name', 'description', 'approximate']),
      );
      expect(event.date).toMatch(/^2026-\d{2}-\d{2}$/);
      expect(event.end === null || event.end > event.date).toBe(true);
      expect(typeof event.approximate).toBe('boolean');
      expect(event.name.length).toBeGreaterThan(0);
      expect(event.description.length).toBeGreaterThan(0);
      expect(event.url).toMatch(new RegExp(`/calendar/${event.id}$`));
    }
    const easter = body.events.find((event) => event.id === 'easter-2026')!;
    expect(easter).toMatchObject({ date: '2026-04-05', end: null, faith: 'protestant', approximate: false });
    expect(easter.name).toBe(holidayText('easter', 'de').name);
    expect(easter.greeting).toBe(holidayText('easter', 'de').greeting);
    const pesach = body.events.find((event) => event.id === 'pesach-2026')!;
    expect(pesach).toMatchObject({ date: '2026-04-02', end: '2026-04-09', beginsEveningBefore: true });
    expect(pesach.nativeDate).toEqual({ calendar: 'hebrew', label: expect.stringContaining('Nisan') });
    const eid = body.events.find((event) => event.id.startsWith('eid-al-fitr-2026'))!;
    expect(eid.approximate).toBe(true);
  });

  it('speaks English and filters by faith (any observing community matches)', async () => {
    const { body } = await getJson('/api/calendar?year=2027&lang=en&faiths=jewish,coptic');
    expect(body.events.length).toBeGreaterThan(10);
    for (const event of body.events) {
      expect(event.faiths.some((faith) => faith === 'jewish' || faith === 'coptic')).toBe(true);
      const key = event.id.replace(/-2027(-\d)?$/, '') as HolidayKey;
      expect(event.name).toBe(holidayText(key, 'en').name);
    }
    expect(body.events.map((event) => event.id)).toContain('orthodox-easter-2027');
    expect(body.events.map((event) => event.faith)).not.toContain('muslim');
  });

  it('covers this year and the next when no year is given', async () => {
    const { body } = await getJson('/api/calendar?faiths=secular');
    const year = currentYear();
    expect(body.years).toEqual([year, year + 1]);
    expect(new Set(body.events.map((event) => event.date.slice(0, 4)))).toEqual(
      new Set([String(year), String(year + 1)]),
    );
  });

  it.each([
    ['year=abc', 'year', 'invalid_year'],
    ['year=99999', 'year', 'year_out_of_range'],
    ['year=1999', 'year', 'year_out_of_range'],
    ['year=2026&faiths=jewish,pastafarian', 'faiths', 'unknown_faith'],
    ['year=2026&lang=xx', 'lang', 'unknown_language'],
    ['year=2026&lang=%3Cscript%3E', 'lang', 'unknown_language'],
  ])('answers ?%s with a 400 that names the problem', async (query, field, code) => {
    for (const path of [`/api/calendar?${query}`, `/api/calendar.ics?${query}`]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(400);
      const body = apiErrorSchema.parse(await res.json());
      expect(body.error.code).toBe('invalid_query');
      expect(body.error.fields?.[field]).toEqual([code]);
      expect(body.error.message.length).toBeGreaterThan(20);
    }
  });

  it('may be read by any website (public data, no credentials)', async () => {
    const res = await app.request('/api/calendar?year=2026&faiths=sikh', {
      headers: { Origin: 'https://www.stadt.example' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('answers an unchanged calendar with 304 for its ETag', async () => {
    const first = await app.request('/api/calendar?year=2026&faiths=bahai');
    const etag = first.headers.get('ETag');
    expect(etag).toBeTruthy();
    const again = await app.request('/api/calendar?year=2026&faiths=bahai', {
      headers: { 'If-None-Match': etag! },
    });
    expect(again.status).toBe(304);
    const other = await app.request('/api/calendar?year=2026&faiths=hindu', {
      headers: { 'If-None-Match': etag! },
    });
    expect(other.status).toBe(200);
  });
});

describe(`GET /api/calendar.ics on ${TEST_DB_KIND}`, () => {
  it('is an RFC 5545 feed that ical.js parses, round-tripping names and dates of every holiday', async () => {
    const res = await app.request('/api/calendar.ics?year=2026&lang=de');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="vielfalt-nrw-kalender-2026.ics"',
    );
    const text = await res.text();
    const bytes = new TextEncoder();
    for (const line of text.split('\r\n')) expect(bytes.encode(line).length).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const { calendar, events } = parseIcs(text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Vielfalt NRW – Interreligiöser Kalender 2026',
    );
    const { body } = await getJson('/api/calendar?year=2026&lang=de');
    expect(events).toHaveLength(body.events.length);
    const byUid = new Map(events.map((event) => [event.uid, event]));
    for (const expected of body.events) {
      const event = byUid.get(`${expected.id}@vielfalt.nrw`)!;
      expect(event.summary).toBe(expected.name);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(expected.date);
      expect(lastDay(event)).toBe(expected.end ?? expected.date);
      expect(event.description).toContain(expected.description);
    }
  });

  it('makes one feed per chosen set of faiths, in English', async () => {
    const res = await app.request('/api/calendar.ics?year=2028&lang=en&faiths=muslim');
    expect(res.headers.get('content-disposition')).toContain('vielfalt-nrw-calendar-2028-muslim.ics');
    const { calendar, events } = parseIcs(await res.text());
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Vielfalt NRW – Interreligious calendar 2028: Muslim',
    );
    expect(events.length).toBe(computeHolidays(2028, { faiths: ['muslim'] }).length);
    const ramadan = events.find((event) => event.uid.startsWith('ramadan-2028'))!;
    expect(ramadan.summary).toBe(holidayText('ramadan', 'en').name);
    expect(ramadan.description).toContain('may differ by a day');
  });

  it('serves a subscription feed for this year and the next without a year', async () => {
    const res = await app.request(`/api/calendar.ics?faiths=${FAITH_IDS.join(',')}`);
    const { events } = parseIcs(await res.text());
    const years = new Set(events.map((event) => event.startDate.year));
    expect(years).toEqual(new Set([currentYear(), currentYear() + 1]));
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="vielfalt-nrw-kalender.ics"');
  });
});

describe(`GET /api/calendar/:id(.ics) on ${TEST_DB_KIND}`, () => {
  it('downloads one holiday as a single-event .ics', async () => {
    const res = await app.request('/api/calendar/chanukah-2026.ics?lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="chanukah-2026.ics"');
    const { events } = parseIcs(await res.text());
    const holiday = computeHolidays(2026).find((candidate) => candidate.id === 'chanukah-2026')!;
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe(holidayText('chanukah', 'en').name);
    expect(events[0]!.startDate.toString()).toBe(holiday.date);
    expect(lastDay(events[0]!)).toBe(holiday.end);
  });

  it('answers one holiday as JSON and unknown ids with 404', async () => {
    const res = await app.request('/api/calendar/naw-ruz-2026');
    expect(await res.json()).toMatchObject({
      event: { id: 'naw-ruz-2026', date: '2026-03-21', faith: 'bahai' },
    });
    for (const id of ['easter-1999', 'nonsense-2026', 'easter-2026-7', 'custom-unknown']) {
      expect((await app.request(`/api/calendar/${id}.ics`)).status, id).toBe(404);
    }
    expect((await app.request('/api/calendar/easter-2026.ics?lang=zz')).status).toBe(400);
  });
});
