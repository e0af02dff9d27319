import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import account from './locales/de/account.json';
import activities from './locales/de/activities.json';
import admin from './locales/de/admin.json';
import common from './locales/de/common.json';
import mediators from './locales/de/mediators.json';
import partners from './locales/de/partners.json';
import {
  directionOf,
  isLanguageCode,
  pickLanguage,
  SOURCE_LANGUAGE,
  type LanguageCode,
} from './languages.ts';

/** Namespaces: `common` for the shell and shared terms, one per feature. German is the typed source. */
export const sourceResources = { common, partners, account, mediators, admin, activities } as const;
export const NAMESPACES = Object.keys(sourceResources) as (keyof typeof sourceResources)[];
export const defaultNS = 'common';

const STORAGE_KEY = 'vielfalt.language';

// One lazily loaded chunk per language and namespace; German is bundled as the source.
const lazyLocales = import.meta.glob<{ default: Record<string, unknown> }>([
  './locales/*/*.json',
  '!./locales/de/*',
]);

const lazyBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = lazyLocales[`./locales/${language}/${namespace}.json`];
    if (!load) return callback(null, {});
    load().then(
      (module) => callback(null, module.default),
      (error: Error) => callback(error, false),
    );
  },
};

function initialLanguage(): LanguageCode {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLanguageCode(stored)) return stored;
  return pickLanguage(navigator.languages ?? [navigator.language]);
}

/** The one place that keeps `<html lang dir>` in step with the interface language. */
function reflectOnDocument(language: string) {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export async function setupI18n() {
  i18next.on('languageChanged', reflectOnDocument);
  await i18next
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng: initialLanguage(),
      fallbackLng: SOURCE_LANGUAGE,
      supportedLngs: ['de', 'en'],
      ns: [...NAMESPACES],
      defaultNS,
      partialBundledLanguages: true,
      resources: { de: sourceResources },
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  return i18next;
}

export async function changeLanguage(language: LanguageCode) {
  localStorage.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
}
