export {
  directionOf,
  isLanguageCode,
  languageInfo,
  LANGUAGES,
  PLAIN_GERMAN,
  SOURCE_LANGUAGE,
  type LanguageCode,
} from './languages.ts';
export { changeLanguage, LanguageUnavailableError, setupI18n } from './setup.ts';
export { hasHolidayTexts, onHolidayTexts } from './holiday-texts.ts';
export * from './format.ts';
export { isolate, Ltr, Original } from './bidi.tsx';
export {
  allLanguagesDownloadBytes,
  allLanguagesOptedIn,
  languagesStoredOffline,
  makeAllLanguagesOffline,
  offlineLanguagesSupported,
} from './offline.ts';
