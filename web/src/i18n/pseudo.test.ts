import { describe, expect, it } from 'vitest';
import dePartners from './locales/de/partners.json';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoLocalize, pseudoResources } from './pseudo.ts';

const visible = (text: string) => text.replace(/[\u202a-\u202e]/g, '');

describe('pseudo-locales', () => {
  it('accents every ASCII letter, keeps placeholders and is at least 40 % longer', () => {
    const source = '{{count}} Organisationen im Partnernetzwerk, nach Art geordnet.';
    const pseudo = pseudoLocalize(source);
    expect(pseudo.startsWith(PSEUDO_OPEN) && pseudo.endsWith(PSEUDO_CLOSE)).toBe(true);
    expect(pseudo).toContain('{{count}}');
    expect(pseudo.replace('{{count}}', '')).not.toMatch(/[A-Za-z]/);
    expect(pseudo.length).toBeGreaterThanOrEqual(source.length * 1.4);
  });

  it('keeps nesting and tags intact', () => {
    const pseudo = pseudoLocalize('Siehe $t(common:nav.partners) und <1>hier</1>');
    expect(pseudo).toContain('$t(common:nav.partners)');
    expect(pseudo).toMatch(/<1>.*<\/1>/);
  });

  it('forces right-to-left display in the RTL variant but leaves placeholders outside', () => {
    const pseudo = pseudoLocalize('{{count}} Maßnahmen', { rtl: true });
    expect(pseudo).toContain('\u202e');
    expect(pseudo).toMatch(/\{\{count\}\}\u202e/);
    expect(visible(pseudo)).not.toMatch(/[A-Za-z](?![^{]*\}\})/);
  });

  it('expands plural groups to the target language’s forms', () => {
    const rtl = pseudoResources(dePartners, { rtl: true, pluralLocale: 'ar' });
    expect(
      Object.keys(rtl)
        .filter((key) => key.startsWith('measureCount_'))
        .sort(),
    ).toEqual(['few', 'many', 'one', 'other', 'two', 'zero'].map((c) => `measureCount_${c}`));
  });
});
