import { LanguageUnavailableError } from './backend.ts';
import { isPseudoLanguage, languageInfo } from './languages.ts';

/**
 * The calendar's holiday texts in the interface language (`shared/calendar/texts/locales/<lang>.json`,
 * written by the translators). German and English are bundled with the calendar engine; every further
 * language is one lazy chunk, named `assets/locale-<lang>-holidays-json-<hash>.js` (vite.config.ts) so that the
 * service worker runtime-caches it and "store all languages" stores it with the rest (offline.ts). A
 * language whose file does not exist yet simply has none: the calendar shows German.
 *
 * This module sits in the app's initial JavaScript, so it does not import the engine: it loads the raw
 * texts and hands them to whoever listens — the calendar feature registers them with the engine when its
 * own chunk loads, and immediately for every later language switch (see `changeLanguage` in setup.ts,
 * which awaits `loadHolidayTexts` before the interface switches, so no screen shows German first).
 */
const holidayFiles = import.meta.glob<{ default: unknown }>([
  '../../../shared/calendar/texts/locales/*.json',
  // Bundled as TypeScript; a stray file must not replace them.
  '!../../../shared/calendar/texts/locales/de.json',
  '!../../../shared/calendar/texts/locales/en.json',
]);

const fileOf = (language: string) => `../../../shared/calendar/texts/locales/${language}.json`;

export type HolidayTextsListener = (language: string, texts: unknown) => void;

const loaded = new Map<string, unknown>();
const listeners = new Set<HolidayTextsListener>();

/** Whether the translators' holiday texts exist for this language (else the calendar shows German). */
export const hasHolidayTexts = (language: string) => fileOf(language) in holidayFiles;

/**
 * Loads the holiday texts of a language (from the device when stored) and tells the listeners. Resolves
 * without texts for German, English and languages without a file; rejects when the chunk cannot be
 * fetched (offline and not stored), like the interface namespaces do.
 */
export async function loadHolidayTexts(language: string): Promise<void> {
  if (loaded.has(language)) return;
  let texts: unknown;
  if (isPseudoLanguage(language)) {
    // Accented German texts, so the pseudo-locale tests see every holiday name go through the wiring.
    const [{ textsDe }, { pseudoResources }] = await Promise.all([
      import('../../../shared/calendar/texts-de.ts'),
      import('./pseudo.ts'),
    ]);
    const info = languageInfo(language);
    texts = pseudoResources(textsDe as never, { rtl: info.dir === 'rtl', pluralLocale: info.intl });
  } else {
    const load = holidayFiles[fileOf(language)];
    if (!load) return;
    try {
      texts = (await load()).default;
    } catch {
      throw new LanguageUnavailableError(language);
    }
  }
  loaded.set(language, texts);
  for (const listener of listeners) listener(language, texts);
}

/**
 * Calls `listener` for every language loaded so far and for each one loaded later; returns the
 * unsubscribe function.
 */
export function onHolidayTexts(listener: HolidayTextsListener): () => void {
  for (const [language, texts] of loaded) listener(language, texts);
  listeners.add(listener);
  return () => listeners.delete(listener);
}
