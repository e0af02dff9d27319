import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ManifestOptions } from 'vite-plugin-pwa';
import { LANGUAGES, PLAIN_GERMAN, SOURCE_LANGUAGE } from '../src/i18n/languages.ts';

/**
 * Adds the Web App Manifest's `*_localized` members (name, short_name, description, shortcut
 * names) from the `manifest` namespace of every interface language. The browser picks the value
 * matching the user's browser language at install time; the base members stay German.
 *
 * Support (2026): specified in the W3C manifest spec ("*_localized members"); Chromium is shipping
 * it (Intent to Ship, issue 380491647); Firefox and Safari ignore unknown members, which keeps the
 * manifest valid everywhere. Plain German is left out: no browser language setting selects it.
 */
type Localized = Record<string, string | { value: string; dir: 'rtl' }>;
type Texts = { name: string; shortName: string; description: string; shortcuts: { partners: string } };

const localesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/i18n/locales');

function read(language: string): Texts | null {
  const file = path.join(localesDir, language, 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Texts) : null;
}

export function localizedManifest(base: Partial<ManifestOptions>): Partial<ManifestOptions> {
  const name: Localized = {};
  const shortName: Localized = {};
  const description: Localized = {};
  const partners: Localized = {};
  for (const language of LANGUAGES) {
    if (language.code === SOURCE_LANGUAGE || language.code === PLAIN_GERMAN) continue;
    const texts = read(language.code);
    if (!texts) continue;
    const value = (text: string) => (language.dir === 'rtl' ? { value: text, dir: 'rtl' as const } : text);
    name[language.code] = value(texts.name);
    shortName[language.code] = value(texts.shortName);
    description[language.code] = value(texts.description);
    partners[language.code] = value(texts.shortcuts.partners);
  }
  const german = read(SOURCE_LANGUAGE)!;
  return {
    ...base,
    name: german.name,
    short_name: german.shortName,
    description: german.description,
    name_localized: name,
    short_name_localized: shortName,
    description_localized: description,
    shortcuts: (base.shortcuts ?? []).map((shortcut) =>
      shortcut.url === '/partners'
        ? { ...shortcut, name: german.shortcuts.partners, name_localized: partners }
        : shortcut,
    ),
  } as Partial<ManifestOptions>;
}
