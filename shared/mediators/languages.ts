/**
 * Languages offered in the lookup even before any pool on the device lists them: those the
 * brochure names for mediator pools and outreach (seed notes §e) plus the most asked-for languages
 * of recent immigration to NRW. `sgn-de` is German Sign Language.
 */
export const MEDIATOR_LANGUAGES = [
  'ar',
  'tr',
  'ku',
  'fa',
  'prs',
  'ps',
  'ru',
  'uk',
  'bg',
  'ro',
  'pl',
  'sr',
  'hr',
  'bs',
  'sq',
  'it',
  'fr',
  'es',
  'en',
  'nl',
  'rom',
  'ti',
  'so',
  'sgn-de',
] as const;
