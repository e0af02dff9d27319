import { weekday } from '../days.ts';
import { findDays } from '../intl-calendars.ts';
import type { HolidayKey } from '../keys.ts';
import type { NativeDate } from '../types.ts';
import type { HolidayRule } from './rule.ts';

const MONTH_NAMES: Record<string, string> = {
  tishrei: 'Tishrei',
  cheshvan: 'Cheshvan',
  kislev: 'Kislev',
  tevet: 'Tevet',
  shevat: 'Shevat',
  adar1: 'Adar I',
  adar: 'Adar',
  adar2: 'Adar II',
  nisan: 'Nisan',
  iyar: 'Iyar',
  sivan: 'Sivan',
  tammuz: 'Tammuz',
  av: 'Av',
  elul: 'Elul',
};

export function hebrewLabel(day: number, month: string, year: number): NativeDate {
  return { calendar: 'hebrew', label: `${day} ${MONTH_NAMES[month] ?? month} ${year}` };
}

/**
 * A Jewish holiday on a Hebrew date, read from the ICU Hebrew calendar. Jewish days begin at sunset, so every
 * holiday is listed on its first full civil day and begins the evening before. Lengths follow the diaspora.
 */
function hebrew(
  key: HolidayKey,
  months: string[],
  dayOfMonth: number,
  options: { length?: number; shift?: (weekdayOfDate: number) => number } = {},
): HolidayRule {
  const { length = 1, shift } = options;
  return {
    key,
    source: 'computed',
    occurrences(year) {
      return findDays('hebrew', year, months, dayOfMonth).map((found) => {
        const delta = shift ? shift(weekday(found.day)) : 0;
        const start = found.day + delta;
        return {
          start,
          end: length > 1 ? start + length - 1 : undefined,
          beginsEveningBefore: true,
          nativeDate: hebrewLabel(dayOfMonth + delta, found.month, found.year),
        };
      });
    },
  };
}

const FRIDAY = 5;
const SATURDAY = 6;
const SUNDAY = 0;

export const jewishRules: HolidayRule[] = [
  hebrew('tu-bishvat', ['shevat'], 15),
  // Purim is in Adar, in a leap year in Adar II.
  hebrew('purim', ['adar', 'adar2'], 14),
  hebrew('pesach', ['nisan'], 15, { length: 8 }),
  // 27 Nisan; moved to Thursday when it falls on a Friday and to Monday when it falls on a Sunday.
  hebrew('yom-hashoah', ['nisan'], 27, { shift: (wd) => (wd === FRIDAY ? -1 : wd === SUNDAY ? 1 : 0) }),
  hebrew('shavuot', ['sivan'], 6, { length: 2 }),
  // 9 Av; postponed to Sunday when it falls on Shabbat.
  hebrew('tisha-bav', ['av'], 9, { shift: (wd) => (wd === SATURDAY ? 1 : 0) }),
  hebrew('rosh-hashanah', ['tishrei'], 1, { length: 2 }),
  hebrew('yom-kippur', ['tishrei'], 10),
  hebrew('sukkot', ['tishrei'], 15, { length: 7 }),
  hebrew('shemini-atzeret', ['tishrei'], 22),
  hebrew('simchat-torah', ['tishrei'], 23),
  hebrew('chanukah', ['kislev'], 25, { length: 8 }),
];
