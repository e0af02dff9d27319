import { orthodoxEaster, westernEaster } from '../computus.ts';
import { fromCoptic, fromYmd, julianInYear, onOrAfter, onOrBefore } from '../days.ts';
import type { HolidayKey } from '../keys.ts';
import { yearly, type HolidayRule } from './rule.ts';

const SUNDAY = 0;
const WEDNESDAY = 3;

const fixed = (key: HolidayKey, month: number, day: number, length = 1): HolidayRule =>
  yearly(key, (year) => fromYmd(year, month, day), { length });

const fromEaster = (key: HolidayKey, offset: number, length = 1): HolidayRule =>
  yearly(key, (year) => westernEaster(year) + offset, { length });

const fromPascha = (key: HolidayKey, offset: number, length = 1): HolidayRule =>
  yearly(key, (year) => orthodoxEaster(year) + offset, { length });

/** Fixed feasts of the churches that keep the Julian calendar: Julian month/day on its Gregorian day. */
const julian = (key: HolidayKey, month: number, day: number, length = 1): HolidayRule =>
  yearly(key, (year) => julianInYear(year, month, day), { length });

/** First Sunday of Advent: the fourth Sunday before Christmas. */
const firstAdvent = (year: number) => onOrBefore(fromYmd(year, 12, 24), SUNDAY) - 21;

export const westernRules: HolidayRule[] = [
  fixed('epiphany', 1, 6),
  fromEaster('ash-wednesday', -46),
  fromEaster('palm-sunday', -7),
  fromEaster('maundy-thursday', -3),
  fromEaster('good-friday', -2),
  fromEaster('easter', 0),
  fromEaster('easter-monday', 1),
  fromEaster('ascension', 39),
  fromEaster('pentecost', 49),
  fromEaster('whit-monday', 50),
  fromEaster('corpus-christi', 60),
  fixed('assumption', 8, 15),
  // Erntedank: first Sunday in October (the date the German churches recommend).
  yearly('harvest-festival', (year) => onOrAfter(fromYmd(year, 10, 1), SUNDAY)),
  fixed('reformation-day', 10, 31),
  fixed('all-saints', 11, 1),
  // St Martin's lantern processions start on the evening of 10/11 November; listed on the feast day.
  fixed('st-martin', 11, 11),
  // Buß- und Bettag: the Wednesday before 23 November, i.e. eleven days before the first Sunday of Advent.
  yearly('day-of-repentance', (year) => onOrBefore(fromYmd(year, 11, 22), WEDNESDAY)),
  yearly('eternity-sunday', (year) => firstAdvent(year) - 7),
  yearly('first-advent', firstAdvent),
  fixed('christmas-eve', 12, 24),
  fixed('christmas', 12, 25),
  fixed('st-stephen', 12, 26),
];

export const easternRules: HolidayRule[] = [
  // 25 December and 6 January of the Julian calendar: 7 and 19 January from 1901 to 2100.
  julian('orthodox-christmas', 12, 25),
  julian('orthodox-theophany', 1, 6),
  // Clean Monday opens Great Lent seven weeks before Pascha.
  fromPascha('clean-monday', -48),
  fromPascha('orthodox-good-friday', -2),
  fromPascha('orthodox-easter', 0),
  fromPascha('orthodox-pentecost', 49),
  // Fast of Nineveh (Syriac) / of Jonah (Coptic): Monday–Wednesday, three weeks before Great Lent.
  fromPascha('nineveh-fast', -69, 3),
  fixed('feast-of-the-cross', 9, 14),
  // Nayrouz, 1 Thout of the Coptic year (Anno Martyrum = Gregorian year − 283): 11 or 12 September.
  yearly('coptic-new-year', (year) => fromCoptic(year - 283, 1, 1)),
  // Armenian Apostolic Church: Christmas and Theophany together on 6 January; Easter on the Western date.
  fixed('armenian-christmas', 1, 6),
  // Vardanants: Thursday before Great Lent (which starts on the Monday 48 days before Easter).
  fromEaster('vardanants', -52),
  fixed('armenian-genocide-remembrance', 4, 24),
  // Vardavar (Transfiguration): the 14th Sunday after Easter.
  fromEaster('vardavar', 98),
];
