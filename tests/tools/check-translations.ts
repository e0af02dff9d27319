// `npm run i18n:check` (part of `npm run lint`): how much of the German source each interface
// language translates, per namespace. Fails below the language's threshold (100 % for the ten
// languages, plain German its own for the public namespaces), on keys the source does not have,
// and on broken placeholder, plural, nesting or tag syntax. A missing file counts as 0 %.
// The calendar's holiday texts (column "holidays") must be complete in every language but de and en
// (check-calendar-texts.ts).
// `--missing` also lists the untranslated keys (what tests/tools/translation-worklist.ts expands).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES, PUBLIC_NAMESPACES, SOURCE_LANGUAGE } from '../../web/src/i18n/languages.ts';
import { checkCalendarTexts, HOLIDAYS } from './check-calendar-texts.ts';
import {
  checkNamespace,
  checkSource,
  percent,
  type Coverage,
  type Problem,
  type Tree,
} from './translation-check.ts';

export const LOCALES_DIR = 'web/src/i18n/locales';

function readJson(file: string, problems: Problem[], language: string, namespace: string): Tree | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Tree;
  } catch (error) {
    problems.push({ language, namespace, message: `invalid JSON: ${(error as Error).message}` });
    return {};
  }
}

/**
 * Namespaces ("lang/ns") that a merged feature brought in before their translation was done. They
 * are reported, not failed, until translated; an entry that is complete fails, so the list only shrinks.
 */
const BACKLOG = new Set<string>(
  JSON.parse(readFileSync(path.join(LOCALES_DIR, '..', 'translation-backlog.json'), 'utf8')) as string[],
);

export function runCheck(dir = LOCALES_DIR, calendarTexts: Parameters<typeof checkCalendarTexts>[0] = {}) {
  const problems: Problem[] = [];
  const coverage: Coverage[] = [];
  const failures: string[] = [];
  const pending: string[] = [];
  const namespaces = readdirSync(path.join(dir, SOURCE_LANGUAGE))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();
  const sources = new Map(
    namespaces.map((ns) => [
      ns,
      readJson(path.join(dir, SOURCE_LANGUAGE, `${ns}.json`), problems, 'de', ns)!,
    ]),
  );
  for (const [ns, source] of sources) problems.push(...checkSource(ns, source));

  const known = new Set<string>(LANGUAGES.map((language) => language.code));
  for (const folder of readdirSync(dir)) {
    if (!known.has(folder))
      problems.push({
        language: folder,
        namespace: '*',
        message: 'folder is no language of the registry (languages.ts)',
      });
  }

  for (const language of LANGUAGES) {
    if (language.code === SOURCE_LANGUAGE) continue;
    const folder = path.join(dir, language.code);
    const files = existsSync(folder) ? readdirSync(folder).filter((file) => file.endsWith('.json')) : [];
    for (const file of files) {
      const ns = file.replace(/\.json$/, '');
      if (!sources.has(ns))
        problems.push({
          language: language.code,
          namespace: ns,
          message: 'namespace is not in the German source',
        });
    }
    for (const ns of namespaces) {
      const translation = readJson(path.join(folder, `${ns}.json`), problems, language.code, ns);
      const result = checkNamespace({
        language: language.code,
        namespace: ns,
        source: sources.get(ns)!,
        translation,
        pluralLocale: language.intl,
      });
      coverage.push(result.coverage);
      problems.push(...result.problems);
      const enforced = language.scope === 'all' || PUBLIC_NAMESPACES.includes(ns);
      const share = percent(result.coverage);
      const below = enforced && share < language.threshold * 100 - 1e-9;
      if (BACKLOG.has(`${language.code}/${ns}`)) {
        if (below) pending.push(`${language.code}/${ns}: ${share.toFixed(1)} %`);
        else failures.push(`${language.code}/${ns} is complete: remove it from translation-backlog.json`);
      } else if (below) {
        failures.push(
          `${language.code}/${ns}: ${share.toFixed(1)} % translated, needs ${language.threshold * 100} %` +
            (translation === null ? ' (file missing)' : ''),
        );
      }
    }
  }
  const holidays = checkCalendarTexts(calendarTexts);
  coverage.push(...holidays.coverage);
  problems.push(...holidays.problems);
  for (const failure of holidays.failures) {
    const language = failure.split(/[/:\s]/)[0];
    if (BACKLOG.has(`${language}/holidays`)) pending.push(failure);
    else failures.push(failure);
  }
  return { namespaces, coverage, problems, failures, pending };
}

function printReport(result: ReturnType<typeof runCheck>, showMissing: boolean) {
  const { coverage, problems, failures } = result;
  const columns = [...result.namespaces, HOLIDAYS];
  const width = Math.max(...LANGUAGES.map((language) => language.code.length), 8);
  console.log(
    `Translations (% of German source keys)\n${'language'.padEnd(width)}  ${columns.map((ns) => ns.padStart(10)).join('')}`,
  );
  for (const language of LANGUAGES.filter((entry) => entry.code !== SOURCE_LANGUAGE)) {
    const cells = columns.map((ns) => {
      const row = coverage.find((entry) => entry.language === language.code && entry.namespace === ns);
      return (row ? `${percent(row).toFixed(0)} %` : '—').padStart(10);
    });
    console.log(`${language.code.padEnd(width)}  ${cells.join('')}`);
  }
  if (showMissing) {
    for (const row of coverage.filter((entry) => entry.missing.length > 0)) {
      console.log(`\nmissing in ${row.language}/${row.namespace}: ${row.missing.join(', ')}`);
    }
  }
  for (const problem of problems) {
    console.error(
      `✗ ${problem.language}/${problem.namespace}${problem.key ? ` ${problem.key}` : ''}: ${problem.message}`,
    );
  }
  for (const failure of failures) console.error(`✗ ${failure}`);
  if (result.pending.length > 0) {
    console.warn(
      `⚠ ${result.pending.length} namespaces wait for translation (translation-backlog.json): ${result.pending.join('; ')}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = runCheck();
  printReport(result, process.argv.includes('--missing'));
  if (result.problems.length > 0 || result.failures.length > 0) {
    console.error(
      `\nTranslation check failed (${result.problems.length} problems, ${result.failures.length} below threshold). See docs/translating.md.`,
    );
    process.exit(1);
  }
  console.log('Translation check passed.');
}
