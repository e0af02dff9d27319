import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { computeHolidays } from './engine.ts';
import {
  entriesBetween,
  entriesForYear,
  entryText,
  findEntry,
  parseHolidayId,
  resolveOverrideInput,
  sameHolidayInYears,
  toIcsHoliday,
} from './entries.ts';
import { buildIcs } from './ics.ts';
import { holidayText } from './texts.ts';
import {
  calendarOverrideInputSchema,
  calendarOverrideSchema,
  type CalendarOverride,
} from './override-schema.ts';

const eid2026 = computeHolidays(2026).find((holiday) => holiday.holidayKey === 'eid-al-fitr')!;

function override(fields: Partial<CalendarOverride>): CalendarOverride {
  return calendarOverrideSchema.parse({
    id: 'o1',
    holidayId: eid2026.id,
    year: 2026,
    faith: 'muslim',
    date: '2026-03-21',
    end: '2026-03-23',
    name: {},
    description: {},
    sourceText: 'Koordinationsrat der Muslime, Pressemitteilung',
    sourceUrl: 'https://example.org/eid',
    approximate: false,
    version: 1,
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...fields,
  });
}

describe('calendar entries with admin overrides', () => {
  it('lists the computed holidays unchanged when there is no override', () => {
    const entries = entriesForYear(2026, []);
    expect(entries.map((entry) => entry.id)).toEqual(computeHolidays(2026).map((holiday) => holiday.id));
    expect(entries.every((entry) => entry.override === undefined)).toBe(true);
  });

  it('lets a correction win over the computed date and keeps its source and the computed date', () => {
    const correction = override({ date: '2026-03-19', end: '2026-03-21' });
    const entry = entriesForYear(2026, [correction]).find((candidate) => candidate.id === eid2026.id)!;
    expect(entry).toMatchObject({
      date: '2026-03-19',
      end: '2026-03-21',
      source: 'override',
      approximate: false,
    });
    expect(entry.override).toMatchObject({ computedDate: eid2026.date, sourceText: correction.sourceText });
    expect(entry.nativeDate).toEqual(eid2026.nativeDate);
    expect(entryText(entry, 'de').name).toBe(holidayText('eid-al-fitr', 'de').name);
    expect(findEntry(eid2026.id, [correction])?.date).toBe('2026-03-19');
  });

  it('adds an own entry, filtered by its faith, with its texts and German fallback', () => {
    const own = override({
      id: 'c-lange-nacht',
      holidayId: null,
      faith: 'secular',
      date: '2026-09-18',
      end: null,
      name: { de: 'Lange Nacht der Religionen' },
      description: { de: 'Gotteshäuser öffnen ihre Türen.', en: 'Places of worship open their doors.' },
    });
    const secular = entriesForYear(2026, [own], { faiths: ['secular'] });
    expect(secular.map((entry) => entry.id)).toContain('c-lange-nacht');
    expect(entriesForYear(2026, [own], { faiths: ['jewish'] }).map((entry) => entry.id)).not.toContain(
      'c-lange-nacht',
    );
    const entry = findEntry('c-lange-nacht', [own])!;
    expect(entryText(entry, 'en')).toEqual({
      name: 'Lange Nacht der Religionen',
      description: 'Places of worship open their doors.',
    });
  });

  it('moves a correction across a year boundary into the year of its new date', () => {
    const newYear = computeHolidays(2008).filter((holiday) => holiday.holidayKey === 'islamic-new-year');
    const second = newYear.find((holiday) => holiday.id.endsWith('-2'))!;
    const moved = override({ holidayId: second.id, year: 2008, date: '2009-01-01', end: null });
    expect(entriesForYear(2008, [moved]).map((entry) => entry.id)).not.toContain(second.id);
    expect(entriesForYear(2009, [moved]).find((entry) => entry.id === second.id)?.date).toBe('2009-01-01');
  });

  it('finds entries overlapping a range, including multi-day ones that began earlier', () => {
    const chanukah = computeHolidays(2025).find((holiday) => holiday.holidayKey === 'chanukah')!;
    const ids = entriesBetween('2026-01-01', '2026-01-31', []).map((entry) => entry.id);
    if (chanukah.end! >= '2026-01-01') expect(ids).toContain(chanukah.id);
    expect(ids).toContain('orthodox-christmas-2026');
  });

  it('parses holiday ids and lists a holiday in other years', () => {
    expect(parseHolidayId('islamic-new-year-2008-2')).toEqual({ key: 'islamic-new-year', year: 2008 });
    expect(parseHolidayId('easter-2026')).toEqual({ key: 'easter', year: 2026 });
    expect(parseHolidayId('easter-1999')).toBeNull();
    expect(parseHolidayId('nonsense-2026')).toBeNull();
    expect(findEntry('easter-1999', [])).toBeNull();
    expect(sameHolidayInYears('easter', [2025, 2026, 2101], []).map((entry) => entry.date)).toEqual([
      '2025-04-20',
      '2026-04-05',
    ]);
  });

  it('exports an override to ICS with its source', () => {
    const correction = override({ date: '2026-03-19', end: '2026-03-21' });
    const entry = findEntry(eid2026.id, [correction])!;
    const ics = buildIcs([toIcsHoliday(entry, 'en', 'https://app.example/calendar/x')], {
      lang: 'en',
      calendarName: 'Test',
      now: new Date(),
    });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toString()).toBe('2026-03-19');
    expect(event.description).toContain('Date according to: Koordinationsrat der Muslime');
    expect(event.description).toContain('https://example.org/eid');
    expect(event.summary).toBe(entryText(entry, 'en').name);
  });
});

describe('resolveOverrideInput', () => {
  const input = (fields: object) =>
    calendarOverrideInputSchema.parse({ sourceText: 'Announcement', date: '2026-03-19', ...fields });

  it('derives faith and year of a correction from the holiday', () => {
    const result = resolveOverrideInput(input({ holidayId: eid2026.id, end: '2026-03-21' }));
    expect(result).toEqual({
      ok: true,
      fields: expect.objectContaining({
        holidayId: eid2026.id,
        faith: 'muslim',
        year: 2026,
        end: '2026-03-21',
      }),
    });
  });

  it('refuses unknown holidays, far-away dates, reversed ranges and own entries without name or faith', () => {
    expect(resolveOverrideInput(input({ holidayId: 'easter-2031x' }))).toMatchObject({
      ok: false,
      fields: { holidayId: ['unknown_holiday'] },
    });
    expect(resolveOverrideInput(input({ holidayId: eid2026.id, date: '2026-09-01' }))).toMatchObject({
      ok: false,
      fields: { date: ['too_far_from_computed'] },
    });
    expect(resolveOverrideInput(input({ holidayId: eid2026.id, end: '2026-03-01' }))).toMatchObject({
      ok: false,
      fields: { end: ['end_before_date'] },
    });
    expect(resolveOverrideInput(input({ name: { en: 'Only English' } }))).toMatchObject({
      ok: false,
      fields: { faith: ['required'], 'name.de': ['required'] },
    });
  });

  it('rejects malformed dates and urls in the schema with stable codes', () => {
    const result = calendarOverrideInputSchema.safeParse({
      sourceText: 'x',
      date: '2026-02-30',
      sourceUrl: 'javascript:alert(1)',
    });
    expect(result.success).toBe(false);
    const codes = result.error!.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
    expect(codes).toEqual(expect.arrayContaining(['date:invalid_date', 'sourceUrl:invalid_url']));
  });
});
