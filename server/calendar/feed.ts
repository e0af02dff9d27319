import {
  FAITH_IDS,
  FIRST_YEAR,
  LAST_YEAR,
  entriesForYear,
  entryText,
  faithName,
  uncoveredFaiths,
  type CalendarEntry,
  type CalendarOverride,
  type FaithId,
  type NativeDate,
} from '../../shared/calendar/index.ts';
import type { Queryable } from '../db/client.ts';
import { listOverrides } from '../db/calendar-repository.ts';
import type { CalendarQuery } from './query.ts';

/** One event of `GET /api/calendar` (DESIGN.md §6, plus fields a website or an app can use). */
export interface ApiEvent {
  id: string;
  faith: FaithId;
  date: string;
  end: string | null;
  name: string;
  description: string;
  approximate: boolean;
  faiths: readonly FaithId[];
  holidayKey: string | null;
  beginsEveningBefore: boolean;
  observance: string | null;
  greeting: string | null;
  nativeDate: NativeDate | null;
  /** 'computed', 'table' (curated table) or 'override' (an admin's correction or own entry). */
  source: CalendarEntry['source'];
  /** Who announced an overridden date, and where. */
  sourceNote: string | null;
  sourceUrl: string | null;
  /** The holiday's page in the app. */
  url: string;
}

/** The overrides that can touch the given years (a correction may move into a neighbouring year). */
export function overridesFor(db: Queryable, years: readonly number[]): Promise<CalendarOverride[]> {
  return listOverrides(db, {
    from: Math.max(FIRST_YEAR, Math.min(...years) - 1),
    to: Math.min(LAST_YEAR, Math.max(...years) + 1),
  });
}

export async function loadEntries(db: Queryable, query: CalendarQuery): Promise<CalendarEntry[]> {
  const overrides = await overridesFor(db, query.years);
  const options = query.faiths ? { faiths: query.faiths } : {};
  return query.years.flatMap((year) => entriesForYear(year, overrides, options));
}

export const entryUrl = (origin: string, id: string) => `${origin}/calendar/${encodeURIComponent(id)}`;

export function toApiEvent(entry: CalendarEntry, lang: string, origin: string): ApiEvent {
  const text = entryText(entry, lang);
  return {
    id: entry.id,
    faith: entry.faith,
    date: entry.date,
    end: entry.end,
    name: text.name,
    description: text.description,
    approximate: entry.approximate,
    faiths: entry.faiths,
    holidayKey: entry.holidayKey,
    beginsEveningBefore: entry.beginsEveningBefore,
    observance: text.observance ?? null,
    greeting: text.greeting ?? null,
    nativeDate: entry.nativeDate ?? null,
    source: entry.source,
    sourceNote: entry.override?.sourceText ?? null,
    sourceUrl: entry.override?.sourceUrl ?? null,
    url: entryUrl(origin, entry.id),
  };
}

/** Faiths of the query whose table-based holidays are missing in one of its years. */
export function uncoveredIn(query: CalendarQuery): FaithId[] {
  const options = query.faiths ? { faiths: query.faiths } : {};
  const found = new Set(query.years.flatMap((year) => uncoveredFaiths(year, options)));
  return FAITH_IDS.filter((faith) => found.has(faith));
}

const TITLE = { de: 'Interreligiöser Kalender', en: 'Interreligious calendar' } as const;

/** The calendar's name in calendar apps, e.g. "Vielfalt NRW – Interreligiöser Kalender: Jüdisch, Muslimisch". */
export function feedName(query: CalendarQuery): string {
  const title = query.lang === 'en' ? TITLE.en : TITLE.de;
  const faiths = query.faiths && query.faiths.length < FAITH_IDS.length ? query.faiths : null;
  const suffix = faiths ? `: ${faiths.map((faith) => faithName(faith, query.lang)).join(', ')}` : '';
  const year = query.explicitYear ? ` ${query.years[0]}` : '';
  return `Vielfalt NRW – ${title}${year}${suffix}`;
}

export function feedFilename(query: CalendarQuery): string {
  const parts = ['vielfalt-nrw', query.lang === 'en' ? 'calendar' : 'kalender'];
  if (query.explicitYear) parts.push(String(query.years[0]));
  if (query.faiths && query.faiths.length < FAITH_IDS.length) {
    parts.push(query.faiths.length <= 3 ? query.faiths.join('-') : `${query.faiths.length}-faiths`);
  }
  return `${parts.join('-')}.ics`;
}
