import { westernEaster } from '../computus.ts';
import { fromYmd, onOrAfter, onOrBefore } from '../days.ts';
import type { HolidayKey } from '../keys.ts';
import { yearly, type HolidayRule } from './rule.ts';

const SUNDAY = 0;
const MONDAY = 1;
const TUESDAY = 2;

const fixed = (key: HolidayKey, month: number, day: number): HolidayRule =>
  yearly(key, (year) => fromYmd(year, month, day));

/**
 * Internationale Wochen gegen Rassismus (Stiftung gegen Rassismus): two weeks from the Monday on or before
 * 20 March, so that 21 March falls in them; one week earlier when Easter Sunday would fall inside.
 */
function weeksAgainstRacism(year: number): number {
  const start = onOrBefore(fromYmd(year, 3, 20), MONDAY);
  const easter = westernEaster(year);
  return easter >= start && easter <= start + 13 ? start - 7 : start;
}

/**
 * Deutscher Diversity-Tag (Charta der Vielfalt): the last Tuesday in May, one week earlier when that Tuesday
 * follows Whit Monday.
 */
function diversityDay(year: number): number {
  const lastTuesday = onOrBefore(fromYmd(year, 5, 31), TUESDAY);
  return lastTuesday === westernEaster(year) + 51 ? lastTuesday - 7 : lastTuesday;
}

/** Interkulturelle Woche: from the Sunday between 21 and 27 September to the following Sunday. */
const interculturalWeek = (year: number) => onOrAfter(fromYmd(year, 9, 21), SUNDAY);

export const secularRules: HolidayRule[] = [
  fixed('holocaust-remembrance', 1, 27),
  fixed('mother-language-day', 2, 21),
  yearly('weeks-against-racism', weeksAgainstRacism, { length: 14, approximate: true }),
  fixed('day-against-racism', 3, 21),
  fixed('cultural-diversity-day', 5, 21),
  yearly('german-diversity-day', diversityDay, { approximate: true }),
  fixed('world-refugee-day', 6, 20),
  yearly('intercultural-week', interculturalWeek, { length: 8, approximate: true }),
  fixed('tolerance-day', 11, 16),
  fixed('human-rights-day', 12, 10),
  fixed('migrants-day', 12, 18),
];
