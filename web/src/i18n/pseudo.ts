/**
 * Pseudo-localisation for tests: every UI string of the German source becomes accented and about
 * 40 % longer (doubled vowels inside the words, as long compounds and Slavic words are), wrapped in
 * ⟦ ⟧ so truncation shows. No ASCII letter survives, so any ASCII word left on a pseudo screen was
 * never translated. The RTL variant additionally forces the letters to display right-to-left
 * (RLO … PDF around each text run; numbers put in by placeholders stay readable).
 * Placeholders ({{…}}), nesting ($t(…)) and tags (<1>…</1>) are left intact.
 */
const ACCENTS: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index]!,
  ]),
);
const VOWELS = /[aeiouyAEIOUYäöüÄÖÜ]/;
const PROTECTED = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\d+\/?>|<\/?[a-z]+\/?>)/;

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';
const RLO = '\u202E';
const PDF = '\u202C';

/** Accents the letters and doubles up to `budget` vowels; returns the text and the unused budget. */
function accentText(text: string, budget: number): [string, number] {
  let out = '';
  for (const char of text) {
    const accented = ACCENTS[char] ?? char;
    out += accented;
    if (budget > 0 && VOWELS.test(char)) {
      out += accented;
      budget--;
    }
  }
  return [out, budget];
}

export function pseudoLocalize(text: string, { rtl = false } = {}): string {
  let budget = Math.ceil(text.length * 0.4);
  const body = text
    .split(PROTECTED)
    .map((part, index) => {
      if (index % 2 === 1 || part === '') return part; // a protected token
      const [accented, left] = accentText(part, budget);
      budget = left;
      return rtl ? `${RLO}${accented}${PDF}` : accented;
    })
    .join('');
  // Few vowels (short words, numbers): pad inside the brackets with a neutral filler.
  return `${PSEUDO_OPEN}${body}${'·'.repeat(budget)}${PSEUDO_CLOSE}`;
}

type Tree = { [key: string]: string | Tree };

/**
 * Pseudo-localises a namespace. Plural keys are expanded to the categories of the target locale
 * (the RTL pseudo-locale uses Arabic's six), so every count shows a pseudo string.
 */
export function pseudoResources(source: Tree, { rtl = false, pluralLocale = 'en' } = {}): Tree {
  const categories = new Intl.PluralRules(pluralLocale).resolvedOptions().pluralCategories;
  const out: Tree = {};
  for (const [key, value] of Object.entries(source)) {
    if (typeof value !== 'string') {
      out[key] = pseudoResources(value, { rtl, pluralLocale });
      continue;
    }
    const plural = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
    if (plural) {
      const base = plural[1]!;
      const other = source[`${base}_other`];
      for (const category of categories) {
        const form = source[`${base}_${category}`] ?? other ?? value;
        if (typeof form === 'string') out[`${base}_${category}`] = pseudoLocalize(form, { rtl });
      }
      out[key] ??= pseudoLocalize(value, { rtl });
      continue;
    }
    out[key] = pseudoLocalize(value, { rtl });
  }
  return out;
}
