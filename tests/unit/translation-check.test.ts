import { describe, expect, it } from 'vitest';
import { runCheck } from '../tools/check-translations.ts';
import { checkNamespace, checkSource, parseText, percent, type Tree } from '../tools/translation-check.ts';

const source: Tree = {
  title: 'Partnerorganisationen',
  sync: { progress: '{{loaded}} von {{total}} geladen', when: 'Zuletzt: {{when, datetime}}' },
  count_one: '{{count}} Maßnahme',
  count_other: '{{count}} Maßnahmen',
  rich: 'Lesen Sie <1>die Hinweise</1>.',
};

const check = (translation: Tree | null, pluralLocale = 'ru') =>
  checkNamespace({ language: 'xx', namespace: 'demo', source, translation, pluralLocale });
const messages = (translation: Tree | null, locale?: string) =>
  check(translation, locale).problems.map((problem) => `${problem.key}: ${problem.message}`);

const complete: Tree = {
  title: 'Организации-партнёры',
  sync: { progress: 'Загружено: {{loaded}} из {{total}}', when: 'Последнее: {{when, datetime}}' },
  count_one: '{{count}} мера',
  count_few: '{{count}} меры',
  count_many: '{{count}} мер',
  count_other: '{{count}} меры',
  rich: 'Прочитайте <1>указания</1>.',
};

describe('translation completeness check', () => {
  it('counts a complete translation as 100 % and finds nothing wrong', () => {
    const result = check(complete);
    expect(percent(result.coverage)).toBe(100);
    expect(result.problems).toEqual([]);
  });

  it('counts a missing file as 0 %', () => {
    const result = check(null);
    expect(result.coverage.translated).toBe(0);
    expect(percent(result.coverage)).toBe(0);
  });

  it('needs every plural form of the target language (Russian: one, few, many, other)', () => {
    const partial = { ...complete, count_few: undefined, count_many: undefined };
    const result = check(JSON.parse(JSON.stringify(partial)) as Tree);
    expect(result.coverage.missing).toEqual(['count_{few,many}']);
    expect(percent(result.coverage)).toBe(80);
  });

  it('rejects plural forms the language does not have, keys the source lacks and empty strings', () => {
    expect(messages({ ...complete, count_two: '{{count}} меры', extra: 'x', title: ' ' })).toEqual([
      'title: empty translation: translate it or delete the key',
      expect.stringContaining('count_two: plural form "_two" does not exist in ru'),
      'extra: key is not in the German source (renamed or removed there?)',
    ]);
  });

  it('accepts "_zero" in any language: i18next uses it for a count of 0', () => {
    expect(messages({ ...complete, count_zero: 'Нет мер' })).toEqual([]);
  });

  it('finds unknown or missing placeholders, unknown formats and unbalanced braces', () => {
    const broken = {
      ...complete,
      sync: { progress: 'Загружено: {{loadde}} из {total}}', when: 'Последнее: {{when, dattime}}' },
    };
    expect(messages(broken)).toEqual([
      expect.stringContaining('sync.progress: unbalanced braces'),
      expect.stringContaining('sync.progress: unknown placeholder {{loadde}}'),
      'sync.progress: placeholder {{loaded}} of the source is missing',
      'sync.progress: placeholder {{total}} of the source is missing',
      expect.stringContaining('sync.when: unknown format "dattime"'),
    ]);
  });

  it('lets a plural form spell out its number but not drop other placeholders', () => {
    expect(messages({ ...complete, count_one: 'одна мера' })).toEqual([]);
  });

  it('finds tags that differ from the source or do not close', () => {
    expect(messages({ ...complete, rich: 'Прочитайте <1>указания.' })).toEqual([
      'rich: unclosed tag <1>',
      'rich: tags  differ from the source',
    ]);
  });

  it('checks the German source for complete plural groups and sound syntax', () => {
    expect(checkSource('demo', { a_one: 'x {{n}', b: 'ok' }).map((p) => p.message)).toEqual([
      expect.stringContaining('unbalanced braces'),
      'plural group lacks "_other"',
    ]);
  });

  it('parses nesting and formats', () => {
    expect(parseText('$t(common:nav.partners) {{n, number}}')).toMatchObject({
      nesting: ['common:nav.partners'],
      placeholders: ['n'],
      formats: ['number'],
      errors: [],
    });
  });

  it('passes on the repository’s own translations', () => {
    const result = runCheck();
    expect(result.problems).toEqual([]);
    expect(result.failures).toEqual([]);
  });
});
