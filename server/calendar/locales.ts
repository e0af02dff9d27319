import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  HOLIDAY_KEYS,
  JSON_CALENDAR_LANGUAGES,
  parseCalendarTexts,
  registerCalendarTexts,
} from '../../shared/calendar/index.ts';

/** The translators' holiday texts, `shared/calendar/texts/locales/<lang>.json` (the web app bundles the same). */
export const CALENDAR_LOCALES_DIR = fileURLToPath(
  new URL('../../shared/calendar/texts/locales/', import.meta.url),
);

export interface CalendarLocalesReport {
  /** Languages read from a file. */
  loaded: string[];
  /** Languages without a file yet: answered in German. */
  missing: string[];
  /** Unreadable files and incomplete ones (what they lack is answered in German). */
  problems: string[];
  /** Changes when any file changes: part of the calendar endpoints' ETag. */
  fingerprint: string;
}

/**
 * Reads the holiday texts of every further interface language and registers them with the calendar engine.
 * A missing or broken file never stops the server: that language falls back to German (and the completeness
 * check in `npm run lint` is what keeps a release from shipping it so).
 */
export function loadCalendarLocales(dir = CALENDAR_LOCALES_DIR): CalendarLocalesReport {
  const report: CalendarLocalesReport = { loaded: [], missing: [], problems: [], fingerprint: '' };
  const hash = createHash('sha256');
  for (const language of JSON_CALENDAR_LANGUAGES) {
    const file = path.join(dir, `${language}.json`);
    if (!existsSync(file)) {
      report.missing.push(language);
      continue;
    }
    try {
      const content = readFileSync(file, 'utf8');
      const texts = parseCalendarTexts(JSON.parse(content));
      registerCalendarTexts(language, texts);
      hash.update(`${language}\n${content}\n`);
      report.loaded.push(language);
      const holidays = Object.keys(texts.holidays).length;
      if (holidays < HOLIDAY_KEYS.length) {
        report.problems.push(
          `${language}.json: ${holidays} of ${HOLIDAY_KEYS.length} holidays usable, the others in German`,
        );
      }
    } catch (error) {
      report.problems.push(`${language}.json: ${(error as Error).message} (German is used instead)`);
    }
  }
  report.fingerprint = hash.digest('base64url').slice(0, 12);
  return report;
}

let current: CalendarLocalesReport | null = null;

/** Loads the files once per process (on the first calendar request, or when main.ts asks for the report). */
export function ensureCalendarLocales(): CalendarLocalesReport {
  current ??= loadCalendarLocales();
  return current;
}
