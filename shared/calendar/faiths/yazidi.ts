import { julianInYear, onOrAfter } from '../days.ts';
import { yearly, type HolidayRule } from './rule.ts';

const WEDNESDAY = 3;
const FRIDAY = 5;

/**
 * The Êzîdî festivals follow the "Eastern" (Julian) calendar, whose months start on the 14th of the Gregorian
 * month (until February 2100), and are kept on a weekday: a three-day fast from Tuesday to Thursday is
 * followed by the feast on Friday.
 */
const cejnaEzid = (year: number) => onOrAfter(julianInYear(year, 12, 1), FRIDAY);

export const yazidiRules: HolidayRule[] = [
  // Cejna Xidir Nebî: first Friday of the Êzîdî February.
  yearly('xidir-nebi', (year) => onOrAfter(julianInYear(year, 2, 1), FRIDAY), { approximate: true }),
  // Çarşema Sor (New Year): first Wednesday of the Êzîdî April (Nîsan).
  yearly('carsema-sor', (year) => onOrAfter(julianInYear(year, 4, 1), WEDNESDAY)),
  // Cejna Cemaiya: the seven-day Feast of the Assembly at Lalish, 23–29 September of the Êzîdî calendar.
  yearly('cejna-cemaiya', (year) => julianInYear(year, 9, 23), { length: 7 }),
  // Rojiyên Êzîd: Tuesday to Thursday before Cejna Êzîd, the first Friday of the Êzîdî December.
  yearly('ezid-fast', (year) => cejnaEzid(year) - 3, { length: 3, approximate: true }),
  yearly('cejna-ezid', cejnaEzid, { approximate: true }),
];
