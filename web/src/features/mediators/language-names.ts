import { MEDIATOR_LANGUAGES } from '../../../../shared/mediators/index.ts';

/** Codes Intl does not name (it folds "sgn-DE" into "gsg" without a name). */
const SPECIAL: Record<string, Record<string, string>> = {
  'sgn-de': { de: 'Deutsche Gebärdensprache', en: 'German Sign Language' },
};

const cache = new Map<string, Intl.DisplayNames | null>();
function displayNames(locale: string): Intl.DisplayNames | null {
  if (!cache.has(locale)) {
    try {
      cache.set(locale, new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }));
    } catch {
      cache.set(locale, null);
    }
  }
  return cache.get(locale)!;
}

/** A language's name in the interface language ("ar" → "Arabisch" / "Arabic"). */
export function languageName(code: string, locale: string): string {
  const special = SPECIAL[code];
  if (special) return special[locale] ?? special.en!;
  try {
    return displayNames(locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The languages to choose from, sorted by their name in the interface language. */
export function languageOptions(
  offered: readonly string[],
  locale: string,
): { code: string; name: string }[] {
  const codes = new Set<string>([...MEDIATOR_LANGUAGES, ...offered]);
  const collator = new Intl.Collator(locale);
  return [...codes]
    .map((code) => ({ code, name: languageName(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
