import type { FaithId } from './types.ts';

/**
 * Every holiday the engine knows, with the communities that observe it (the first one is the faith it is
 * listed under). The texts in every language are keyed by these names (texts-de.ts, texts-en.ts).
 */
export const HOLIDAY_FAITHS = {
  // Western churches
  epiphany: ['catholic', 'protestant'],
  'ash-wednesday': ['catholic', 'protestant'],
  'palm-sunday': ['catholic', 'protestant'],
  'maundy-thursday': ['catholic', 'protestant'],
  'good-friday': ['protestant', 'catholic', 'armenian'],
  easter: ['protestant', 'catholic', 'armenian'],
  'easter-monday': ['protestant', 'catholic'],
  ascension: ['protestant', 'catholic'],
  pentecost: ['protestant', 'catholic'],
  'whit-monday': ['protestant', 'catholic'],
  'corpus-christi': ['catholic'],
  assumption: ['catholic'],
  'harvest-festival': ['protestant', 'catholic'],
  'reformation-day': ['protestant'],
  'all-saints': ['catholic'],
  'st-martin': ['catholic', 'protestant'],
  'day-of-repentance': ['protestant'],
  'eternity-sunday': ['protestant'],
  'first-advent': ['protestant', 'catholic'],
  'christmas-eve': ['protestant', 'catholic', 'syriac'],
  christmas: ['protestant', 'catholic', 'syriac'],
  'st-stephen': ['protestant', 'catholic'],
  // Eastern churches
  'orthodox-christmas': ['orthodox', 'coptic'],
  'orthodox-theophany': ['orthodox', 'coptic'],
  'clean-monday': ['orthodox'],
  'orthodox-good-friday': ['orthodox', 'syriac', 'coptic'],
  'orthodox-easter': ['orthodox', 'syriac', 'coptic'],
  'orthodox-pentecost': ['orthodox', 'syriac', 'coptic'],
  'nineveh-fast': ['syriac', 'coptic'],
  'feast-of-the-cross': ['syriac'],
  'coptic-new-year': ['coptic'],
  'armenian-christmas': ['armenian'],
  vardanants: ['armenian'],
  'armenian-genocide-remembrance': ['armenian'],
  vardavar: ['armenian'],
  // Judaism
  'tu-bishvat': ['jewish'],
  purim: ['jewish'],
  pesach: ['jewish'],
  'yom-hashoah': ['jewish'],
  shavuot: ['jewish'],
  'tisha-bav': ['jewish'],
  'rosh-hashanah': ['jewish'],
  'yom-kippur': ['jewish'],
  sukkot: ['jewish'],
  'shemini-atzeret': ['jewish'],
  'simchat-torah': ['jewish'],
  chanukah: ['jewish'],
  // Islam
  'isra-miraj': ['muslim'],
  'laylat-al-baraat': ['muslim'],
  ramadan: ['muslim'],
  'laylat-al-qadr': ['muslim'],
  'eid-al-fitr': ['muslim'],
  'day-of-arafah': ['muslim'],
  'eid-al-adha': ['muslim'],
  'islamic-new-year': ['muslim'],
  ashura: ['muslim'],
  mawlid: ['muslim'],
  // Alevism
  nevruz: ['alevi'],
  hidrellez: ['alevi'],
  'ghadir-khumm': ['alevi'],
  'muharrem-fast': ['alevi'],
  asure: ['alevi'],
  // Bahá'í Faith
  'bahai-fast': ['bahai'],
  'naw-ruz': ['bahai'],
  'ridvan-first': ['bahai'],
  'ridvan-ninth': ['bahai'],
  'ridvan-twelfth': ['bahai'],
  'declaration-of-the-bab': ['bahai'],
  'ascension-of-bahaullah': ['bahai'],
  'martyrdom-of-the-bab': ['bahai'],
  'birth-of-the-bab': ['bahai'],
  'birth-of-bahaullah': ['bahai'],
  'day-of-the-covenant': ['bahai'],
  'ascension-of-abdul-baha': ['bahai'],
  'ayyam-i-ha': ['bahai'],
  // Buddhism
  'magha-puja': ['buddhist'],
  vesakh: ['buddhist'],
  'asalha-puja': ['buddhist'],
  'bodhi-day': ['buddhist'],
  // Hinduism
  'makar-sankranti': ['hindu'],
  'maha-shivaratri': ['hindu'],
  holi: ['hindu'],
  'raksha-bandhan': ['hindu'],
  janmashtami: ['hindu'],
  'ganesh-chaturthi': ['hindu'],
  navaratri: ['hindu'],
  dussehra: ['hindu'],
  diwali: ['hindu'],
  // Sikhism
  'hola-mohalla': ['sikh'],
  vaisakhi: ['sikh', 'hindu'],
  'bandi-chhor-divas': ['sikh'],
  'guru-nanak-gurpurab': ['sikh'],
  // Êzîdî (Yazidi)
  'xidir-nebi': ['yazidi'],
  'carsema-sor': ['yazidi'],
  'cejna-cemaiya': ['yazidi'],
  'ezid-fast': ['yazidi'],
  'cejna-ezid': ['yazidi'],
  // Civic observance days
  'holocaust-remembrance': ['secular'],
  'mother-language-day': ['secular'],
  'weeks-against-racism': ['secular'],
  'day-against-racism': ['secular'],
  'cultural-diversity-day': ['secular'],
  'german-diversity-day': ['secular'],
  'world-refugee-day': ['secular'],
  'intercultural-week': ['secular'],
  'tolerance-day': ['secular'],
  'human-rights-day': ['secular'],
  'migrants-day': ['secular'],
} as const satisfies Record<string, readonly [FaithId, ...FaithId[]]>;

export type HolidayKey = keyof typeof HOLIDAY_FAITHS;
export const HOLIDAY_KEYS = Object.keys(HOLIDAY_FAITHS) as HolidayKey[];

export function isHolidayKey(value: string): value is HolidayKey {
  return Object.hasOwn(HOLIDAY_FAITHS, value);
}
