// `npm run i18n:worklist -- <namespace> [--lang tr,ar] [--skeleton]`
// The translator's brief for one namespace: for every language below 100 %, the keys still to
// translate with the German source, the English version and the plural forms the language needs
// (with example numbers). `--skeleton` also writes the missing keys as "" into
// locales/<lang>/<namespace>.json, in the source's order, ready to fill in; the check fails on
// empty strings, so nothing half-done can ship. See docs/translating.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES, PUBLIC_NAMESPACES, SOURCE_LANGUAGE } from '../../web/src/i18n/languages.ts';
import { LOCALES_DIR } from './check-translations.ts';
import { checkNamespace, flatten, pluralCategories, type Tree } from './translation-check.ts';

const args = process.argv.slice(2);
const namespace = args.find((arg) => !arg.startsWith('--'));
const only = args
  .find((arg) => arg.startsWith('--lang='))
  ?.slice('--lang='.length)
  .split(',');
const skeleton = args.includes('--skeleton');
if (!namespace) {
  console.error('Usage: npm run i18n:worklist -- <namespace> [--lang=tr,ar] [--skeleton]');
  process.exit(2);
}

const read = (language: string): Tree | null => {
  const file = path.join(LOCALES_DIR, language, `${namespace}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Tree) : null;
};
const source = read(SOURCE_LANGUAGE);
if (!source) {
  console.error(`No German source ${LOCALES_DIR}/de/${namespace}.json`);
  process.exit(2);
}
const german = flatten(source, () => {});
const english = flatten(read('en') ?? {}, () => {});

/** A few numbers that fall into each plural category, e.g. few → 2, 3, 4, 22. */
function examples(locale: string): Record<string, string> {
  const rules = new Intl.PluralRules(locale);
  const found: Record<string, number[]> = Object.fromEntries(pluralCategories(locale).map((c) => [c, []]));
  for (let n = 0; n <= 200; n++) {
    const numbers = (found[rules.select(n)] ??= []);
    if (numbers.length < 4) numbers.push(n);
  }
  if (!found.other?.length) found.other = [1.5]; // Slavic "other" covers fractions only
  return Object.fromEntries(
    Object.entries(found).map(([category, numbers]) => [category, numbers.join(', ')]),
  );
}

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;
const cell = (text: string | undefined) => (text ?? '—').replace(/\|/g, '\\|').replace(/\n/g, ' ');

function orderedSkeleton(existing: Tree | null, locale: string): Tree {
  // Rebuild in the source's key order; plural groups get the target language's categories.
  const flatExisting = existing ? flatten(existing, () => {}) : new Map<string, string>();
  const wanted: [string, string][] = [];
  const seen = new Set<string>();
  for (const key of german.keys()) {
    const plural = PLURAL.exec(key);
    if (!plural) {
      wanted.push([key, flatExisting.get(key) ?? '']);
      continue;
    }
    if (seen.has(plural[1]!)) continue;
    seen.add(plural[1]!);
    const categories = pluralCategories(locale);
    if (flatExisting.has(`${plural[1]}_zero`)) categories.unshift('zero');
    for (const category of categories) {
      const full = `${plural[1]}_${category}`;
      wanted.push([full, flatExisting.get(full) ?? '']);
    }
  }
  const tree: Tree = {};
  for (const [key, value] of wanted) {
    const parts = key.split('.');
    let node = tree;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Tree;
    node[parts.at(-1)!] = value;
  }
  return tree;
}

const lines: string[] = [
  `# Translation worklist: namespace \`${namespace}\``,
  '',
  'Glossary and register rules: docs/glossary.md. Placeholders `{{…}}` stay as they are; plural',
  'keys need exactly the forms listed for the language. Check with `npm run i18n:check`.',
];
for (const language of LANGUAGES) {
  if (language.code === SOURCE_LANGUAGE || (only && !only.includes(language.code))) continue;
  if (language.scope === 'public' && !PUBLIC_NAMESPACES.includes(namespace)) continue;
  const existing = read(language.code);
  const { coverage } = checkNamespace({
    language: language.code,
    namespace,
    source,
    translation: existing,
    pluralLocale: language.intl,
  });
  if (coverage.missing.length === 0) continue;
  const plurals = examples(language.intl);
  lines.push(
    '',
    `## ${language.code} — ${language.nativeName} (${coverage.translated}/${coverage.total} done)`,
    '',
    `Plural forms: ${Object.entries(plurals)
      .map(([category, numbers]) => `_${category} (${numbers})`)
      .join(' · ')}`,
    '',
    '| key | Deutsch | English |',
    '|---|---|---|',
  );
  for (const entry of coverage.missing) {
    const base = entry.replace(/_\{.*\}$/, '');
    const forms = (texts: Map<string, string>) =>
      base === entry
        ? texts.get(base)
        : [...texts]
            .filter(([key]) => PLURAL.exec(key)?.[1] === base)
            .map(([key, text]) => `_${PLURAL.exec(key)![2]}: ${text}`)
            .join(' · ');
    lines.push(`| \`${entry}\` | ${cell(forms(german))} | ${cell(forms(english))} |`);
  }
  if (skeleton) {
    const file = path.join(LOCALES_DIR, language.code, `${namespace}.json`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(orderedSkeleton(existing, language.intl), null, 2) + '\n');
    lines.push('', `Skeleton written: ${file}`);
  }
}
console.log(lines.join('\n'));
