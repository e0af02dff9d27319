import { Hono, type Context } from 'hono';
import {
  buildIcs,
  findEntry,
  parseHolidayId,
  toIcsHoliday,
  type CalendarEntry,
} from '../../shared/calendar/index.ts';
import type { AppEnv } from '../app-env.ts';
import {
  entryUrl,
  feedFilename,
  feedName,
  loadEntries,
  overridesFor,
  toApiEvent,
  uncoveredIn,
} from '../calendar/feed.ts';
import { ensureCalendarLocales } from '../calendar/locales.ts';
import { currentYear, parseCalendarQuery, publicOrigin, supportedLanguage } from '../calendar/query.ts';
import { getOverride, latestOverrideSeq } from '../db/calendar-repository.ts';
import { jsonError } from '../http/errors.ts';
import { APP_VERSION } from './health.ts';

/**
 * The public interreligious calendar (issue 9): JSON for websites, ICS feeds for calendar apps
 * (`webcal://…/api/calendar.ics?faiths=…`), and one holiday as JSON or as a single-event .ics. The device
 * computes the same with the same shared code, offline; the server adds nothing but the admin overrides.
 */

const ICS_TYPE = 'text/calendar; charset=utf-8';

/**
 * Answers 304 when the client has this exact answer. The ETag covers the request, the app version
 * (engine and texts), the translators' text files, the newest override change and the current year (the
 * default years move with it).
 */
async function notModified(c: Context<AppEnv>): Promise<boolean> {
  const seq = await latestOverrideSeq(c.get('db'));
  const url = new URL(c.req.url);
  url.searchParams.sort();
  const texts = ensureCalendarLocales().fingerprint;
  const key = `${url.pathname}?${url.searchParams}|${APP_VERSION}|${texts}|${seq}|${currentYear()}`;
  const etag = `W/"${hash(key)}"`;
  c.header('ETag', etag);
  c.header('Cache-Control', 'no-cache');
  return c.req.header('If-None-Match') === etag;
}

/** FNV-1a, enough to tell requests apart inside an ETag. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(36) + text.length.toString(36);
}

/**
 * Public data without credentials: any website may `fetch()` it from the browser too (e.g. a city's list
 * of holidays). CORS-mode reads are not subject to the Cross-Origin-Resource-Policy header.
 */
function allowAnyOrigin(c: Context<AppEnv>) {
  c.header('Access-Control-Allow-Origin', '*');
}

function attachment(c: Context<AppEnv>, filename: string) {
  c.header('Content-Type', ICS_TYPE);
  c.header('Content-Disposition', `attachment; filename="${filename}"`);
}

async function findById(c: Context<AppEnv>, id: string): Promise<CalendarEntry | null> {
  const db = c.get('db');
  const parsed = parseHolidayId(id);
  if (parsed) return findEntry(id, await overridesFor(db, [parsed.year]));
  const own = await getOverride(db, id);
  return own && own.holidayId === null ? findEntry(id, [own]) : null;
}

export const calendarRoutes = new Hono<AppEnv>()
  .use('/calendar*', async (_c, next) => {
    // The holiday texts of the further languages, read once per process.
    ensureCalendarLocales();
    await next();
  })
  .get('/calendar', async (c) => {
    allowAnyOrigin(c);
    const parsed = parseCalendarQuery(c);
    if (!parsed.ok) return jsonError(c, 400, 'invalid_query', parsed.message, parsed.fields);
    if (await notModified(c)) return c.body(null, 304);
    const { query } = parsed;
    const origin = publicOrigin(c);
    const events = (await loadEntries(c.get('db'), query)).map((entry) =>
      toApiEvent(entry, query.lang, origin),
    );
    return c.json({
      year: query.years[0],
      ...(query.years.length > 1 ? { years: query.years } : {}),
      lang: query.lang,
      faiths: query.faiths,
      uncoveredFaiths: uncoveredIn(query),
      events,
    });
  })
  .get('/calendar.ics', async (c) => {
    allowAnyOrigin(c);
    const parsed = parseCalendarQuery(c);
    if (!parsed.ok) return jsonError(c, 400, 'invalid_query', parsed.message, parsed.fields);
    if (await notModified(c)) return c.body(null, 304);
    const { query } = parsed;
    const origin = publicOrigin(c);
    const entries = await loadEntries(c.get('db'), query);
    const ics = buildIcs(
      entries.map((entry) => toIcsHoliday(entry, query.lang, entryUrl(origin, entry.id))),
      { lang: query.lang, calendarName: feedName(query), now: new Date() },
    );
    attachment(c, feedFilename(query));
    return c.body(ics);
  })
  .get('/calendar/:id', async (c) => {
    allowAnyOrigin(c);
    const raw = c.req.param('id');
    const asIcs = raw.endsWith('.ics');
    const id = asIcs ? raw.slice(0, -4) : raw;
    const rawLang = c.req.query('lang') ?? 'de';
    const lang = supportedLanguage(rawLang);
    if (lang === null) {
      return jsonError(c, 400, 'invalid_query', `Unknown language "${rawLang.slice(0, 20)}".`, {
        lang: ['unknown_language'],
      });
    }
    if (id.length > 120) return jsonError(c, 404, 'not_found', 'No such holiday.');
    const entry = await findById(c, id);
    if (!entry) return jsonError(c, 404, 'not_found', `No holiday "${id.slice(0, 120)}" in the calendar.`);
    if (await notModified(c)) return c.body(null, 304);
    const origin = publicOrigin(c);
    if (!asIcs) return c.json({ event: toApiEvent(entry, lang, origin) });
    const holiday = toIcsHoliday(entry, lang, entryUrl(origin, entry.id));
    const ics = buildIcs([holiday], { lang, calendarName: holiday.summary ?? entry.id, now: new Date() });
    attachment(c, `${entry.id}.ics`);
    return c.body(ics);
  });
