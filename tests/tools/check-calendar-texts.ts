// Part of `npm run i18n:check`: the calendar's holiday texts. German and English are bundled as TypeScript
// (shared/calendar/texts-de.ts, texts-en.ts); every further interface language needs
// shared/calendar/texts/locales/<lang>.json with every faith and holiday of the German texts — a
// non-empty name, description and greeting, an observance where German has one — and nothing else.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSON_CALENDAR_LANGUAGES, compareCalendarTexts } from '../../shared/calendar/locales.ts';
import type { CalendarTexts } from '../../shared/calendar/texts.ts';
import { textsDe } from '../../shared/calendar/texts-de.ts';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../web/src/i18n/languages.ts';
import type { Coverage, Problem } from './translation-check.ts';

export const CALENDAR_TEXTS_DIR = 'shared/calendar/texts/locales';
/** The pseudo-namespace under which the holiday texts appear in the report. */
export const HOLIDAYS = 'holidays';

/** The languages that need a holiday-texts file: every fully translated interface language but de and en. */
export function calendarTextLanguages(): string[] {
  return LANGUAGES.filter(
    (language) => language.scope === 'all' && language.code !== SOURCE_LANGUAGE && language.code !== 'en',
  ).map((language) => language.code);
}

const MAX_LISTED = 8;
const listed = (paths: string[]) =>
  paths.slice(0, MAX_LISTED).join(', ') +
  (paths.length > MAX_LISTED ? ` and ${paths.length - MAX_LISTED} more` : '');

export function checkCalendarTexts({
  dir = CALENDAR_TEXTS_DIR,
  languages = calendarTextLanguages(),
  reference = textsDe,
}: { dir?: string; languages?: readonly string[]; reference?: CalendarTexts } = {}) {
  const problems: Problem[] = [];
  const failures: string[] = [];
  const coverage: Coverage[] = [];
  const problem = (language: string, message: string, key?: string) =>
    problems.push({ language, namespace: HOLIDAYS, ...(key ? { key } : {}), message });

  // The server and the web app read the files of shared/calendar/locales.ts's list: it must be the registry's.
  if ([...JSON_CALENDAR_LANGUAGES].sort().join() !== [...calendarTextLanguages()].sort().join()) {
    problem(
      '*',
      `JSON_CALENDAR_LANGUAGES in shared/calendar/locales.ts (${JSON_CALENDAR_LANGUAGES.join(', ')}) ` +
        `differs from the language registry (${calendarTextLanguages().join(', ')})`,
    );
  }
  const files = existsSync(dir) ? readdirSync(dir).filter((file) => file.endsWith('.json')) : [];
  for (const file of files) {
    const language = file.replace(/\.json$/, '');
    if (!languages.includes(language)) {
      problem(
        language,
        `${path.join(dir, file)} is no language that needs one (${languages.join(', ')}; German and English are bundled as TypeScript)`,
      );
    }
  }

  // Every faith and holiday of the reference; a broken section or file counts all of its entries as missing.
  const entries = (section: string | undefined): string[] => [
    ...(section !== 'holidays' ? Object.keys(reference.faiths).map((faith) => `faiths.${faith}`) : []),
    ...(section !== 'faiths' ? Object.keys(reference.holidays).map((key) => `holidays.${key}`) : []),
  ];
  const total = entries(undefined).length;
  for (const language of languages) {
    const file = path.join(dir, `${language}.json`);
    if (!existsSync(file)) {
      coverage.push({ language, namespace: HOLIDAYS, total, translated: 0, missing: ['(file)'] });
      failures.push(
        `${language}/${HOLIDAYS}: ${file} is missing — the calendar would show German holiday texts (docs/translating.md, “Holiday texts”)`,
      );
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problem(language, `invalid JSON in ${file}: ${(error as Error).message}`);
      coverage.push({ language, namespace: HOLIDAYS, total, translated: 0, missing: ['(file)'] });
      continue;
    }
    const issues = compareCalendarTexts(data, reference);
    const incomplete = issues.filter((issue) => issue.problem === 'missing' || issue.problem === 'empty');
    for (const issue of issues) {
      if (issue.problem === 'unknown') {
        problem(language, 'key is not in the German texts (shared/calendar/texts-de.ts)', issue.path);
      } else if (issue.problem === 'not a string' || issue.problem === 'not an object') {
        problem(
          language,
          `must be ${issue.problem === 'not a string' ? 'a string' : 'an object'}`,
          issue.path,
        );
      }
    }
    // One entry per faith and holiday: complete when it has every required text.
    const missing = new Set<string>();
    for (const issue of issues) {
      if (issue.problem === 'unknown') continue;
      const [section, key] = issue.path.split('.');
      if (key !== undefined) missing.add(`${section}.${key}`);
      else for (const entry of entries(section)) missing.add(entry);
    }
    coverage.push({
      language,
      namespace: HOLIDAYS,
      total,
      translated: total - missing.size,
      missing: [...missing],
    });
    if (incomplete.length > 0) {
      failures.push(
        `${language}/${HOLIDAYS}: ${file} lacks ${incomplete.length} text(s): ` +
          listed(incomplete.map((issue) => `${issue.path}${issue.problem === 'empty' ? ' (empty)' : ''}`)),
      );
    }
  }
  return { problems, failures, coverage };
}
