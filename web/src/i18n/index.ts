export { LANGUAGES, type LanguageCode } from './languages.ts';
export { changeLanguage, setupI18n } from './setup.ts';
