// The rules of the translation completeness check (check-translations.ts runs them on the files).
import { INTERPOLATION_FORMATS } from '../../web/src/i18n/formatter.ts';

export type Tree = { [key: string]: unknown };

export interface Problem {
  language: string;
  namespace: string;
  key?: string;
  message: string;
}

export interface Coverage {
  language: string;
  namespace: string;
  total: number;
  translated: number;
  /** Missing keys (plural groups as "key_{one,few,…}"), for the worklist. */
  missing: string[];
}

const PLURAL_SUFFIX = /^(.*)_(zero|one|two|few|many|other)$/;

const CLDR_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** CLDR cardinal plural categories of a locale (in CLDR order), as i18next's key suffixes. */
export function pluralCategories(locale: string): string[] {
  const categories: string[] = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return CLDR_ORDER.filter((category) => categories.includes(category));
}

/** Flattens nested keys to "a.b.c"; anything but strings and objects is reported. */
export function flatten(tree: Tree, report: (key: string, message: string) => void, prefix = '') {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix + key;
    if (typeof value === 'string') out.set(path, value);
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, text] of flatten(value as Tree, report, path + '.')) out.set(inner, text);
    } else report(path, `value must be a string or an object, not ${JSON.stringify(value)}`);
  }
  return out;
}

interface Unit {
  plural: boolean;
  /** Placeholders of the source text (all forms of a plural group). */
  placeholders: Set<string>;
  nesting: string[];
  tags: string[];
}

/** Source keys grouped into units: a plain key, or a plural group "base" with its forms. */
export function sourceUnits(source: Map<string, string>): Map<string, Unit> {
  const units = new Map<string, Unit>();
  for (const [key, text] of source) {
    const plural = PLURAL_SUFFIX.exec(key);
    const base = plural ? plural[1]! : key;
    const unit = units.get(base) ?? { plural: !!plural, placeholders: new Set(), nesting: [], tags: [] };
    const parsed = parseText(text);
    parsed.placeholders.forEach((name) => unit.placeholders.add(name));
    if (unit.nesting.length === 0) unit.nesting = parsed.nesting;
    if (unit.tags.length === 0) unit.tags = parsed.tags;
    units.set(base, unit);
  }
  return units;
}

interface Parsed {
  placeholders: string[];
  formats: string[];
  nesting: string[];
  tags: string[];
  errors: string[];
}

/** Reads i18next syntax: {{name}}, {{name, format}}, $t(key), and <0>…</0> / <br/> tags. */
export function parseText(text: string): Parsed {
  const parsed: Parsed = { placeholders: [], formats: [], nesting: [], tags: [], errors: [] };
  const rest = text.replace(/\{\{([^{}]*)\}\}/g, (_all, inner: string) => {
    const [name = '', ...format] = inner.split(',');
    if (!/^\s*-?\s*[\w.]+\s*$/.test(name)) parsed.errors.push(`malformed placeholder {{${inner}}}`);
    parsed.placeholders.push(name.replace(/^\s*-\s*/, '').trim());
    if (format.length > 0) parsed.formats.push(format.join(',').trim().replace(/\(.*$/, ''));
    return '';
  });
  if (/[{}]/.test(rest)) parsed.errors.push('unbalanced braces: a { or } outside {{placeholder}}');
  for (const match of text.matchAll(/\$t\(([^,)]+)/g)) parsed.nesting.push(match[1]!.trim());
  const stack: string[] = [];
  for (const match of text.matchAll(/<(\/?)([\w-]+)\s*(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (selfClosing) parsed.tags.push(`<${name}/>`);
    else if (!closing) stack.push(name!);
    else if (stack.pop() !== name) parsed.errors.push(`tag </${name}> does not close the open tag`);
    else parsed.tags.push(`<${name}>`);
  }
  if (stack.length > 0) parsed.errors.push(`unclosed tag <${stack.join('>, <')}>`);
  parsed.tags.sort();
  return parsed;
}

const sameList = (a: string[], b: string[]) => [...a].sort().join('|') === [...b].sort().join('|');

/**
 * Checks one namespace of one language against the German source. `translation === null` means
 * the file is missing: 0 % translated.
 */
export function checkNamespace(options: {
  language: string;
  namespace: string;
  source: Tree;
  translation: Tree | null;
  pluralLocale: string;
}): { coverage: Coverage; problems: Problem[] } {
  const { language, namespace } = options;
  const problems: Problem[] = [];
  const report = (key: string | undefined, message: string) =>
    problems.push({ language, namespace, ...(key ? { key } : {}), message });
  const source = flatten(options.source, () => {});
  const units = sourceUnits(source);
  const translation = options.translation ? flatten(options.translation, report) : new Map<string, string>();
  const required = pluralCategories(options.pluralLocale);
  const allowedPlural = new Set([...required, 'zero']);

  const filled = (key: string) => (translation.get(key)?.trim().length ?? 0) > 0;
  const missing: string[] = [];
  for (const [base, unit] of units) {
    if (unit.plural) {
      const absent = required.filter((category) => !filled(`${base}_${category}`));
      if (absent.length > 0) missing.push(`${base}_{${absent.join(',')}}`);
    } else if (!filled(base)) missing.push(base);
  }

  for (const [key, text] of translation) {
    const plural = PLURAL_SUFFIX.exec(key);
    const unit = units.get(key) ?? (plural ? units.get(plural[1]!) : undefined);
    if (!unit || (unit.plural && !plural) || (!unit.plural && !units.has(key))) {
      report(key, 'key is not in the German source (renamed or removed there?)');
      continue;
    }
    if (unit.plural && plural && !allowedPlural.has(plural[2]!)) {
      report(
        key,
        `plural form "_${plural[2]}" does not exist in ${options.pluralLocale} (${required.join(', ')})`,
      );
    }
    if (text.trim() === '') {
      // i18next would show the empty string instead of falling back to German.
      report(key, 'empty translation: translate it or delete the key');
      continue;
    }
    const parsed = parseText(text);
    parsed.errors.forEach((error) => report(key, error));
    for (const name of parsed.placeholders) {
      if (!unit.placeholders.has(name) && !(unit.plural && name === 'count')) {
        report(
          key,
          `unknown placeholder {{${name}}} (the source has ${[...unit.placeholders].join(', ') || 'none'})`,
        );
      }
    }
    for (const name of unit.placeholders) {
      // A plural form may spell its number out ("إجراءان", "one measure"): only {{count}} may go.
      if (!parsed.placeholders.includes(name) && !(unit.plural && name === 'count')) {
        report(key, `placeholder {{${name}}} of the source is missing`);
      }
    }
    for (const format of parsed.formats) {
      if (!(INTERPOLATION_FORMATS as readonly string[]).includes(format)) {
        report(key, `unknown format "${format}" (known: ${INTERPOLATION_FORMATS.join(', ')})`);
      }
    }
    if (!sameList(parsed.nesting, unit.nesting))
      report(key, 'nested $t(…) references differ from the source');
    if (!sameList(parsed.tags, unit.tags))
      report(key, `tags ${parsed.tags.join(' ')} differ from the source`);
  }

  return {
    coverage: { language, namespace, total: units.size, translated: units.size - missing.length, missing },
    problems,
  };
}

/** The German source itself: plural groups complete for German, syntax sound. */
export function checkSource(namespace: string, source: Tree): Problem[] {
  const problems: Problem[] = [];
  const flat = flatten(source, (key, message) => problems.push({ language: 'de', namespace, key, message }));
  const groups = new Set<string>();
  for (const [key, text] of flat) {
    parseText(text).errors.forEach((message) => problems.push({ language: 'de', namespace, key, message }));
    const plural = PLURAL_SUFFIX.exec(key);
    if (plural && !groups.has(plural[1]!)) {
      groups.add(plural[1]!);
      for (const category of pluralCategories('de')) {
        if (!flat.has(`${plural[1]}_${category}`)) {
          problems.push({ language: 'de', namespace, key, message: `plural group lacks "_${category}"` });
        }
      }
    }
  }
  return problems;
}

export const percent = (coverage: Coverage) =>
  coverage.total === 0 ? 100 : (100 * coverage.translated) / coverage.total;
