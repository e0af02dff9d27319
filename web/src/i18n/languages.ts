/** The language registry: every interface language with its own name and writing direction. */
export const LANGUAGES = [
  { code: 'de', nativeName: 'Deutsch', dir: 'ltr' },
  { code: 'en', nativeName: 'English', dir: 'ltr' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const SOURCE_LANGUAGE: LanguageCode = 'de';

export function isLanguageCode(value: string | null | undefined): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return LANGUAGES.find((language) => language.code === code)?.dir ?? 'ltr';
}

/** First match of the browser's preferred languages ("de-AT" counts as "de"), else German. */
export function pickLanguage(preferred: readonly string[]): LanguageCode {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguageCode(base)) return base;
  }
  return SOURCE_LANGUAGE;
}
