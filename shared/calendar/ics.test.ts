import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { computeHolidays } from './engine.ts';
import { buildIcs, escapeIcsText, foldIcsLine, type IcsHoliday } from './ics.ts';
import { holidayText } from './texts.ts';

const now = new Date(Date.UTC(2026, 0, 15, 8, 30, 5));
const encoder = new TextEncoder();

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

describe('buildIcs', () => {
  const holidays = computeHolidays(2026);

  it('writes an RFC 5545 calendar that ical.js parses, round-tripping names and dates', () => {
    const ics = buildIcs(holidays, { lang: 'de', calendarName: 'Interreligiöser Kalender 2026', now });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toContain('Vielfalt NRW');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Interreligiöser Kalender 2026');
    expect(events).toHaveLength(holidays.length);
    holidays.forEach((holiday, index) => {
      const event = events[index];
      if (!event) throw new Error('missing event');
      expect(event.uid).toBe(`${holiday.id}@vielfalt.nrw`);
      expect(event.summary).toBe(holidayText(holiday.holidayKey, 'de')?.name);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(holiday.date);
      const lastDay = event.endDate.clone();
      lastDay.adjust(-1, 0, 0, 0);
      expect(lastDay.toString()).toBe(holiday.end ?? holiday.date);
      expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-01-15T08:30:05Z');
    });
  });

  it('describes the holiday, its conventions and the greeting in the chosen language', () => {
    const ramadan = holidays.filter((holiday) => holiday.holidayKey === 'ramadan');
    const [event] = parse(buildIcs(ramadan, { lang: 'en', calendarName: 'Muslim holidays', now })).events;
    expect(event?.summary).toBe('Start of Ramadan');
    expect(event?.description).toContain('Begins at sunset on the evening before.');
    expect(event?.description).toContain('may differ by a day');
    expect(event?.description).toContain('1 Ramadan 1447 AH');
    expect(event?.description).toContain('Greeting: Ramadan Mubarak!');
    expect(event?.startDate.toString()).toBe('2026-02-18');
    expect(event?.endDate.toString()).toBe('2026-03-20');
    expect(event?.component.getFirstPropertyValue('categories')).toBe('Muslim');
  });

  it('escapes backslashes, commas, semicolons and newlines and keeps overrides', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    const override: IcsHoliday = {
      id: 'admin-entry-2026',
      holidayKey: 'admin-entry',
      faith: 'muslim',
      date: '2026-03-21',
      end: null,
      summary: 'Eid; laut Ansage, Köln\\Bonn',
      description: 'Zeile 1\nZeile 2, mit Komma',
      note: 'Quelle: Zentralrat',
    };
    const ics = buildIcs([override], { lang: 'de', calendarName: 'Test, Kalender', now });
    expect(ics).toContain('SUMMARY:Eid\\; laut Ansage\\, Köln\\\\Bonn');
    const [event] = parse(ics).events;
    expect(event?.summary).toBe('Eid; laut Ansage, Köln\\Bonn');
    expect(event?.description).toBe('Zeile 1\nZeile 2, mit Komma\nQuelle: Zentralrat');
    expect(event?.endDate.toString()).toBe('2026-03-22');
  });

  it('folds lines at 75 octets without splitting umlauts or Arabic letters', () => {
    const arabic: IcsHoliday = {
      id: 'eid-al-fitr-2026',
      holidayKey: 'eid-al-fitr',
      faith: 'muslim',
      date: '2026-03-20',
      end: '2026-03-22',
      summary: 'عيد الفطر مبارك – تقبل الله منا ومنكم صالح الأعمال، وكل عام وأنتم بخير وسعادة وسلام',
      description: 'Überall in Köln, Düsseldorf, Münster und Gütersloh feiern Menschen gemeinsam. '.repeat(4),
    };
    const ics = buildIcs([arabic], {
      lang: 'de',
      calendarName: 'Äöü ß Kalender für Nordrhein-Westfalen',
      now,
    });
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(ics).not.toContain('\uFFFD');
    const [event] = parse(ics).events;
    expect(event?.summary).toBe(arabic.summary);
    expect(event?.description).toContain(arabic.description?.trim());
  });

  it('folds a line of 3- and 4-byte characters on character boundaries', () => {
    const line = `SUMMARY:${'€'.repeat(40)}${'😀'.repeat(30)}`;
    const folded = foldIcsLine(line);
    for (const part of folded.split('\r\n')) {
      expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
      expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // no lone high surrogate
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldIcsLine('SHORT:line')).toBe('SHORT:line');
  });

  it('builds the feed for a whole year quickly', () => {
    const all = computeHolidays(2027);
    const started = performance.now();
    buildIcs(all, { lang: 'en', calendarName: 'All faiths', now });
    expect(performance.now() - started).toBeLessThan(50);
  });
});
