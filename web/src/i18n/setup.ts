import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import account from './locales/de/account.json';
import calendar from './locales/de/calendar.json';
import admin from './locales/de/admin.json';
import activities from './locales/de/activities.json';
import common from './locales/de/common.json';
import mediators from './locales/de/mediators.json';
import partners from './locales/de/partners.json';
import home from './locales/de/home.json';
import measures from './locales/de/measures.json';
import search from './locales/de/search.json';
import settings from './locales/de/settings.json';
import { createLazyBackend, LanguageUnavailableError, loadNamespace } from './backend.ts';
import { formatterModule } from './formatter.ts';
import { loadHolidayTexts } from './holiday-texts.ts';
import reports from './locales/de/reports.json';
import {
  directionOf,
  isLanguageCode,
  isPseudoLanguage,
  LANGUAGES,
  pickLanguage,
  PSEUDO_LANGUAGES,
  SOURCE_LANGUAGE,
  type AnyLanguageCode,
  type LanguageCode,
} from './languages.ts';
import { refreshOfflineLanguages, rememberLanguageOffline } from './offline.ts';

/** Namespaces: `common` for the shell and shared terms, one per feature. German is the typed source. */
export const sourceResources = {
  common,
  partners,
  home,
  measures,
  search,
  settings,
  account,
  mediators,
  admin,
  calendar,
  reports,
  activities,
} as const;
export const NAMESPACES = Object.keys(sourceResources) as (keyof typeof sourceResources)[];
export const defaultNS = 'common';

const STORAGE_KEY = 'vielfalt.language';
const PSEUDO_KEY = 'vielfalt.pseudo';
const PSEUDO_FLAGS: Record<string, AnyLanguageCode> = { accented: 'en-XA', rtl: 'ar-XB' };

const storage = {
  get: (area: Storage | undefined, key: string) => {
    try {
      return area?.getItem(key) ?? null;
    } catch {
      return null;
    }
  },
  set: (area: Storage | undefined, key: string, value: string | null) => {
    try {
      if (value === null) area?.removeItem(key);
      else area?.setItem(key, value);
    } catch {
      // Storage disabled: the choice lasts for this visit only.
    }
  },
};

/**
 * The test pseudo-locales come only from `?pseudo=accented|rtl` (kept for the tab's session,
 * `?pseudo=off` ends it); they are never offered in the menu.
 */
function pseudoLanguage(): AnyLanguageCode | null {
  const flag = new URLSearchParams(window.location.search).get('pseudo');
  if (flag !== null) storage.set(sessionStorage, PSEUDO_KEY, PSEUDO_FLAGS[flag] ?? null);
  const active = storage.get(sessionStorage, PSEUDO_KEY);
  return isPseudoLanguage(active) ? active : null;
}

/** Test pseudo-locale, else the device's stored choice, else the browser's languages. */
function initialLanguage(): AnyLanguageCode {
  const pseudo = pseudoLanguage();
  if (pseudo) return pseudo;
  const stored = storage.get(localStorage, STORAGE_KEY);
  if (isLanguageCode(stored)) return stored;
  return pickLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

/** The one place that keeps `<html lang dir>` in step with the interface language. */
function reflectOnDocument(language: string) {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

/**
 * All namespaces of one language and the calendar's holiday texts in it, from the device when stored;
 * rejects when unavailable. The holiday texts are registered with the calendar as they arrive, so they are
 * in place before the interface switches.
 */
async function loadLanguage(language: string) {
  const [entries] = await Promise.all([
    Promise.all(
      NAMESPACES.map(async (namespace) => [
        namespace,
        await loadNamespace(language, namespace, sourceResources),
      ]),
    ),
    loadHolidayTexts(language),
  ]);
  return Object.fromEntries(entries) as Record<string, Record<string, unknown>>;
}

export async function setupI18n() {
  let language = initialLanguage();
  let bundles: Record<string, Record<string, unknown>> = {};
  try {
    if (language !== SOURCE_LANGUAGE) bundles = await loadLanguage(language);
  } catch {
    // The stored language is not on this device and we are offline: German for this visit; the
    // stored choice stays and applies again next time.
    language = SOURCE_LANGUAGE;
  }
  i18next.on('languageChanged', reflectOnDocument);
  await i18next
    .use(createLazyBackend(sourceResources))
    .use(formatterModule)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: SOURCE_LANGUAGE,
      supportedLngs: [...LANGUAGES, ...PSEUDO_LANGUAGES].map((entry) => entry.code),
      // Every language falls back straight to German (plain German key by key, too).
      load: 'currentOnly',
      ns: [...NAMESPACES],
      defaultNS,
      partialBundledLanguages: true,
      resources:
        language === SOURCE_LANGUAGE ? { de: sourceResources } : { de: sourceResources, [language]: bundles },
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
      returnEmptyString: false,
    });
  rememberLanguageOffline(language);
  setTimeout(() => void refreshOfflineLanguages(language), 3000);
  return i18next;
}

export { LanguageUnavailableError };

/**
 * Switches the interface language without a reload. The translations are loaded first (from the
 * device when stored), then the whole interface changes in one render; if they cannot be loaded
 * (offline, never used), nothing changes and LanguageUnavailableError tells the caller why.
 */
export async function changeLanguage(language: LanguageCode) {
  const bundles = await loadLanguage(language);
  for (const [namespace, resources] of Object.entries(bundles)) {
    i18next.addResourceBundle(language, namespace, resources, true, true);
  }
  storage.set(localStorage, STORAGE_KEY, language);
  storage.set(sessionStorage, PSEUDO_KEY, null);
  await i18next.changeLanguage(language);
  rememberLanguageOffline(language);
}
