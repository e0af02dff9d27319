import { computeHolidays } from './engine.ts';
import type { IcsHoliday } from './ics.ts';
import { isHolidayKey, type HolidayKey } from './keys.ts';
import type { CalendarOverride, CalendarOverrideInput, LocalizedText } from './override-schema.ts';
import { FALLBACK_LANGUAGE, holidayText } from './texts.ts';
import { FAITH_IDS, FIRST_YEAR, LAST_YEAR, type FaithId, type Holiday, type NativeDate } from './types.ts';

/**
 * The calendar as people see it: the computed holidays with the admins' overrides applied. The device
 * and the server both use these functions, so the app, the JSON API and the ICS feeds always agree.
 */

export interface OverrideInfo {
  id: string;
  /** For an admin's edit against this version. */
  version: number;
  sourceText: string;
  sourceUrl: string | null;
  updatedAt: string;
  /** The date the engine computed, for a correction; null for an entry of the admin's own. */
  computedDate: string | null;
  name: LocalizedText;
  description: LocalizedText;
}

export interface CalendarEntry {
  /** The holiday id (stable, `easter-2026`) or, for an admin's own entry, the override id. */
  id: string;
  /** Key of the engine's texts; null for an admin's own entry. */
  holidayKey: HolidayKey | null;
  faith: FaithId;
  faiths: readonly FaithId[];
  date: string;
  end: string | null;
  approximate: boolean;
  beginsEveningBefore: boolean;
  source: Holiday['source'] | 'override';
  nativeDate?: NativeDate;
  /** Present when an admin corrected or added the entry: it wins and shows its source. */
  override?: OverrideInfo;
}

export interface EntryOptions {
  faiths?: readonly FaithId[];
}

const ID_PATTERN = /^(.+)-(\d{4})(?:-(\d))?$/;

/** Splits a holiday id (`eid-al-fitr-2026`, `islamic-new-year-2008-2`) into its key and year. */
export function parseHolidayId(id: string): { key: HolidayKey; year: number } | null {
  const match = ID_PATTERN.exec(id);
  if (!match || !isHolidayKey(match[1]!)) return null;
  const year = Number(match[2]);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? { key: match[1], year } : null;
}

function info(override: CalendarOverride, computedDate: string | null): OverrideInfo {
  return {
    id: override.id,
    version: override.version,
    sourceText: override.sourceText,
    sourceUrl: override.sourceUrl,
    updatedAt: override.updatedAt,
    computedDate,
    name: override.name,
    description: override.description,
  };
}

function fromHoliday(holiday: Holiday): CalendarEntry {
  const { id, faith, faiths, date, end, approximate, beginsEveningBefore, source, nativeDate } = holiday;
  const entry: CalendarEntry = {
    id,
    holidayKey: holiday.holidayKey as HolidayKey,
    faith,
    faiths,
    date,
    end,
    approximate,
    beginsEveningBefore,
    source,
  };
  if (nativeDate) entry.nativeDate = nativeDate;
  return entry;
}

/** An override replaces the computed date; the faith's own date label (e.g. 1 Shawwal) still names the day. */
function corrected(holiday: Holiday, override: CalendarOverride): CalendarEntry {
  return {
    ...fromHoliday(holiday),
    date: override.date,
    end: override.end,
    approximate: override.approximate,
    source: 'override',
    override: info(override, holiday.date),
  };
}

function ownEntry(override: CalendarOverride): CalendarEntry {
  return {
    id: override.id,
    holidayKey: null,
    faith: override.faith,
    faiths: [override.faith],
    date: override.date,
    end: override.end,
    approximate: override.approximate,
    beginsEveningBefore: false,
    source: 'override',
    override: info(override, null),
  };
}

const faithOrder = (faith: FaithId) => FAITH_IDS.indexOf(faith);
const byDate = (a: CalendarEntry, b: CalendarEntry) =>
  (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
  faithOrder(a.faith) - faithOrder(b.faith) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Applies overrides to computed holidays; a correction of a holiday not in `holidays` is ignored. */
export function applyOverrides(
  holidays: readonly Holiday[],
  overrides: readonly CalendarOverride[],
): CalendarEntry[] {
  const corrections = new Map<string, CalendarOverride>();
  const entries: CalendarEntry[] = [];
  for (const override of overrides) {
    if (override.holidayId === null) entries.push(ownEntry(override));
    else corrections.set(override.holidayId, override);
  }
  for (const holiday of holidays) {
    const override = corrections.get(holiday.id);
    entries.push(override ? corrected(holiday, override) : fromHoliday(holiday));
  }
  return entries.sort(byDate);
}

function within(entries: CalendarEntry[], from: string, to: string, faiths: readonly FaithId[] | undefined) {
  const wanted = faiths ? new Set(faiths) : null;
  return entries.filter(
    (entry) =>
      entry.date <= to &&
      (entry.end ?? entry.date) >= from &&
      (!wanted || entry.faiths.some((faith) => wanted.has(faith))),
  );
}

/** Computed holidays of the years around [fromYear, toYear] with their overrides (a correction may cross into a neighbouring year). */
function entriesAround(fromYear: number, toYear: number, overrides: readonly CalendarOverride[]) {
  const first = Math.max(FIRST_YEAR, fromYear - 1);
  const last = Math.min(LAST_YEAR, toYear + 1);
  const holidays: Holiday[] = [];
  for (let year = first; year <= last; year++) holidays.push(...computeHolidays(year));
  const relevant = overrides.filter((override) => override.year >= first && override.year <= last);
  return applyOverrides(holidays, relevant);
}

/** Every entry that starts in `year`, overrides applied, filtered by faith (throws RangeError like computeHolidays). */
export function entriesForYear(
  year: number,
  overrides: readonly CalendarOverride[],
  options: EntryOptions = {},
): CalendarEntry[] {
  computeHolidays(year, options); // validates the year and the faiths
  const prefix = `${String(year).padStart(4, '0')}-`;
  return within(
    entriesAround(year, year, overrides),
    `${year}-01-01`,
    `${year}-12-31`,
    options.faiths,
  ).filter((entry) => entry.date.startsWith(prefix));
}

/** Entries overlapping [from, to] (ISO dates, inclusive), e.g. "today and the next 30 days" or one month. */
export function entriesBetween(
  from: string,
  to: string,
  overrides: readonly CalendarOverride[],
  options: EntryOptions = {},
): CalendarEntry[] {
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  computeHolidays(fromYear, options);
  computeHolidays(toYear);
  return within(entriesAround(fromYear, toYear, overrides), from, to, options.faiths);
}

/** One entry by its id (holiday id or own entry's id), overrides applied; null if there is none. */
export function findEntry(id: string, overrides: readonly CalendarOverride[]): CalendarEntry | null {
  const own = overrides.find((override) => override.holidayId === null && override.id === id);
  if (own) return ownEntry(own);
  const parsed = parseHolidayId(id);
  if (!parsed) return null;
  const holiday = computeHolidays(parsed.year).find((candidate) => candidate.id === id);
  if (!holiday) return null;
  const override = overrides.find((candidate) => candidate.holidayId === id);
  return override ? corrected(holiday, override) : fromHoliday(holiday);
}

/** The same holiday in other years (for "dates in other years" on a detail page). */
export function sameHolidayInYears(
  key: HolidayKey,
  years: readonly number[],
  overrides: readonly CalendarOverride[],
): CalendarEntry[] {
  return years
    .filter((year) => year >= FIRST_YEAR && year <= LAST_YEAR)
    .flatMap((year) =>
      applyOverrides(
        computeHolidays(year).filter((holiday) => holiday.holidayKey === key),
        overrides.filter((override) => override.year === year),
      ),
    );
}

/** A text in `lang`, else its base language, else German, else any. */
export function pickText(texts: LocalizedText, lang: string): string | undefined {
  const lower = lang.toLowerCase();
  const value =
    texts[lower] ?? texts[lower.split('-')[0] ?? ''] ?? texts[FALLBACK_LANGUAGE] ?? Object.values(texts)[0];
  return value?.trim() ? value : undefined;
}

export interface EntryText {
  name: string;
  description: string;
  observance?: string;
  greeting?: string;
}

/** Name, description, observance and greeting in `lang`; an admin's texts win over the engine's. */
export function entryText(entry: CalendarEntry, lang: string): EntryText {
  const base = entry.holidayKey ? holidayText(entry.holidayKey, lang) : undefined;
  const name = (entry.override && pickText(entry.override.name, lang)) ?? base?.name ?? entry.id;
  const description =
    (entry.override && pickText(entry.override.description, lang)) ?? base?.description ?? '';
  const text: EntryText = { name, description };
  if (base?.observance) text.observance = base.observance;
  if (base?.greeting) text.greeting = base.greeting;
  return text;
}

const SOURCE_LABEL = { de: 'Datum laut', en: 'Date according to' } as const;

/** The ICS form of an entry: an admin's texts and the source of a correction travel along. */
export function toIcsHoliday(entry: CalendarEntry, lang: string, url?: string): IcsHoliday {
  const text = entryText(entry, lang);
  const label = lang.toLowerCase().startsWith('en') ? SOURCE_LABEL.en : SOURCE_LABEL.de;
  const holiday: IcsHoliday = {
    id: entry.id,
    holidayKey: entry.holidayKey ?? '',
    faith: entry.faith,
    faiths: entry.faiths,
    date: entry.date,
    end: entry.end,
    approximate: entry.approximate,
    beginsEveningBefore: entry.beginsEveningBefore,
    summary: text.name,
  };
  if (entry.nativeDate) holiday.nativeDate = entry.nativeDate;
  if (entry.override) {
    if (pickText(entry.override.description, lang)) holiday.description = text.description;
    const link = entry.override.sourceUrl ? ` (${entry.override.sourceUrl})` : '';
    holiday.note = `${label}: ${entry.override.sourceText}${link}`;
  }
  if (url) holiday.url = url;
  return holiday;
}

export type OverrideFields = Pick<
  CalendarOverride,
  | 'holidayId'
  | 'year'
  | 'faith'
  | 'date'
  | 'end'
  | 'name'
  | 'description'
  | 'sourceText'
  | 'sourceUrl'
  | 'approximate'
>;

/**
 * Checks an admin's input against the engine (does the holiday exist? is the date near it?) and derives
 * the stored fields. Errors are stable codes per field, like every other field error of the API.
 */
export function resolveOverrideInput(
  input: CalendarOverrideInput,
): { ok: true; fields: OverrideFields } | { ok: false; fields: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const fail = (field: string, code: string) => (errors[field] ??= []).push(code);
  const end = input.end ?? null;
  if (end !== null && end < input.date) fail('end', 'end_before_date');
  const name = dropEmpty(input.name ?? {});
  const description = dropEmpty(input.description ?? {});
  let year = Number(input.date.slice(0, 4));
  let faith = input.faith;
  const holidayId = input.holidayId?.trim() || null;
  if (holidayId !== null) {
    const parsed = parseHolidayId(holidayId);
    const holiday = parsed && computeHolidays(parsed.year).find((candidate) => candidate.id === holidayId);
    if (!parsed || !holiday) fail('holidayId', 'unknown_holiday');
    else {
      year = parsed.year;
      faith = holiday.faith;
      // A correction moves a holiday by days (moon sighting, an announcement), not to another season.
      if (Math.abs(Date.parse(input.date) - Date.parse(holiday.date)) > 60 * 86_400_000) {
        fail('date', 'too_far_from_computed');
      }
    }
  } else {
    if (!faith) fail('faith', 'required');
    if (!name[FALLBACK_LANGUAGE]) fail('name.de', 'required');
    if (year < FIRST_YEAR || year > LAST_YEAR) fail('date', 'out_of_range');
  }
  if (end !== null && Date.parse(end) - Date.parse(input.date) > 62 * 86_400_000) fail('end', 'too_long');
  if (Object.keys(errors).length > 0 || !faith) return { ok: false, fields: errors };
  return {
    ok: true,
    fields: {
      holidayId,
      year,
      faith,
      date: input.date,
      end: end === input.date ? null : end,
      name,
      description,
      sourceText: input.sourceText,
      sourceUrl: input.sourceUrl ?? null,
      approximate: input.approximate ?? false,
    },
  };
}

function dropEmpty(texts: LocalizedText): LocalizedText {
  return Object.fromEntries(Object.entries(texts).filter(([, value]) => value.trim() !== ''));
}
