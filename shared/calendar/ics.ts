import { fromIso, toIso } from './days.ts';
import { faithName, holidayText } from './texts.ts';
import type { Holiday } from './types.ts';

/**
 * iCalendar (RFC 5545) export: all-day VEVENTs with stable UIDs, escaped TEXT values, CRLF line endings and
 * lines folded at 75 octets without splitting a UTF-8 character.
 */

/** A holiday as exported; the optional fields let the server pass admin overrides and their source. */
export type IcsHoliday = Pick<Holiday, 'id' | 'holidayKey' | 'faith' | 'date' | 'end'> &
  Partial<Pick<Holiday, 'faiths' | 'approximate' | 'beginsEveningBefore' | 'nativeDate'>> & {
    /** Replaces the name from the texts (e.g. an entry added by an admin). */
    summary?: string;
    /** Replaces the description from the texts. */
    description?: string;
    /** Appended to the description, e.g. the source of an admin correction. */
    note?: string;
    /** Link to the holiday's page in the app. */
    url?: string;
  };

export interface IcsOptions {
  /** Language of names and descriptions ('de', 'en', …; unknown languages fall back to German). */
  lang: string;
  /** Shown by calendar apps as the name of the subscribed calendar. */
  calendarName: string;
  /** Generation time, written as DTSTAMP of every event. */
  now: Date;
}

const LABELS = {
  de: {
    evening: 'Beginnt am Vorabend mit Sonnenuntergang.',
    approximate: 'Das Datum ist berechnet und kann um einen Tag abweichen.',
    greeting: 'Gruß',
    observance: 'Begehung',
  },
  en: {
    evening: 'Begins at sunset on the evening before.',
    approximate: 'The date is calculated and may differ by a day.',
    greeting: 'Greeting',
    observance: 'Observance',
  },
} as const;

const PRODID = '-//Vielfalt NRW//Interreligioeser Kalender//DE';
const UID_DOMAIN = 'vielfalt.nrw';

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x1_0000 ? 3 : 4;
}

/**
 * Folds a content line (RFC 5545 §3.1): no line longer than 75 octets; continuation lines start with a space.
 * Splits only between code points, so a multi-byte UTF-8 character is never cut.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of the continuation line counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (iso: string) => iso.replace(/-/g, '');

function timestamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function describe(holiday: IcsHoliday, lang: string): { summary: string; description: string } {
  const text = holidayText(holiday.holidayKey, lang);
  const labels = lang.toLowerCase().startsWith('en') ? LABELS.en : LABELS.de;
  const lines: string[] = [];
  const description = holiday.description ?? text?.description;
  if (description) lines.push(description);
  if (text?.observance) lines.push(`${labels.observance}: ${text.observance}`);
  if (holiday.beginsEveningBefore) lines.push(labels.evening);
  if (holiday.approximate) lines.push(labels.approximate);
  if (holiday.nativeDate) lines.push(holiday.nativeDate.label);
  if (text?.greeting) lines.push(`${labels.greeting}: ${text.greeting}`);
  if (holiday.note) lines.push(holiday.note);
  return { summary: holiday.summary ?? text?.name ?? holiday.holidayKey, description: lines.join('\n') };
}

function event(holiday: IcsHoliday, options: IcsOptions, stamp: string): string[] {
  const { summary, description } = describe(holiday, options.lang);
  const lastDay = fromIso(holiday.end ?? holiday.date);
  const categories = (holiday.faiths ?? [holiday.faith]).map((faith) =>
    escapeIcsText(faithName(faith, options.lang)),
  );
  const lines = [
    'BEGIN:VEVENT',
    `UID:${holiday.id}@${UID_DOMAIN}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compactDate(holiday.date)}`,
    // DTEND of an all-day event is exclusive: the day after the last day.
    `DTEND;VALUE=DATE:${compactDate(toIso(lastDay + 1))}`,
    `SUMMARY:${escapeIcsText(summary)}`,
  ];
  if (description) lines.push(`DESCRIPTION:${escapeIcsText(description)}`);
  lines.push(`CATEGORIES:${categories.join(',')}`);
  if (holiday.url) lines.push(`URL:${holiday.url}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** A complete VCALENDAR (CRLF line endings, folded) for a feed or a single-event download. */
export function buildIcs(events: readonly IcsHoliday[], options: IcsOptions): string {
  const stamp = timestamp(options.now);
  const name = escapeIcsText(options.calendarName);
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${name}`,
    `X-WR-CALNAME:${name}`,
    'REFRESH-INTERVAL;VALUE=DURATION:P1W',
    'X-PUBLISHED-TTL:P1W',
  ];
  for (const holiday of events) lines.push(...event(holiday, options, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
