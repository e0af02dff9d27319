import { fromYmd } from '../days.ts';
import { findDays, monthStarts } from '../intl-calendars.ts';
import type { HolidayKey } from '../keys.ts';
import type { NativeDate } from '../types.ts';
import { yearly, type HolidayRule } from './rule.ts';

const MONTH_NAMES = [
  'Muharram',
  'Safar',
  'Rabi al-Awwal',
  'Rabi al-Thani',
  'Jumada al-Ula',
  'Jumada al-Akhira',
  'Rajab',
  'Shaban',
  'Ramadan',
  'Shawwal',
  'Dhu al-Qada',
  'Dhu al-Hijja',
];

export function hijriLabel(day: number, month: number, year: number): NativeDate {
  return { calendar: 'islamic-umalqura', label: `${day} ${MONTH_NAMES[month - 1] ?? month} ${year} AH` };
}

/** First day of the Hijri month that follows the one starting on `start`. */
function nextMonthStart(start: number, year: number): number {
  for (const y of [year, year + 1]) {
    const next = monthStarts('islamic', y).find((month) => month.start > start);
    if (next) return next.start;
  }
  return start + 30;
}

/**
 * A holiday on a Hijri date from the ICU Umm al-Qura calendar. Communities in Germany follow moon sighting or
 * the Turkish Diyanet calendar, which may be a day earlier or later, so every date is approximate.
 */
function hijri(
  key: HolidayKey,
  month: number,
  dayOfMonth: number,
  options: { length?: number | 'month'; beginsEveningBefore?: boolean } = {},
): HolidayRule {
  const { length = 1, beginsEveningBefore = false } = options;
  return {
    key,
    source: 'computed',
    occurrences(year) {
      return findDays('islamic', year, [String(month)], dayOfMonth).map((found) => {
        const end =
          length === 'month'
            ? nextMonthStart(found.day, year) - 1
            : length > 1
              ? found.day + length - 1
              : undefined;
        return {
          start: found.day,
          end,
          approximate: true,
          beginsEveningBefore,
          nativeDate: hijriLabel(dayOfMonth, month, found.year),
        };
      });
    },
  };
}

// Night observances (the first night of Ramadan, the Kandil nights) begin the evening before the listed day.
const night = { beginsEveningBefore: true };

export const muslimRules: HolidayRule[] = [
  hijri('islamic-new-year', 1, 1, night),
  hijri('ashura', 1, 10),
  hijri('mawlid', 3, 12, night),
  hijri('isra-miraj', 7, 27, night),
  hijri('laylat-al-baraat', 8, 15, night),
  hijri('ramadan', 9, 1, { length: 'month', beginsEveningBefore: true }),
  hijri('laylat-al-qadr', 9, 27, night),
  hijri('eid-al-fitr', 10, 1, { length: 3 }),
  hijri('day-of-arafah', 12, 9),
  hijri('eid-al-adha', 12, 10, { length: 4 }),
];

export const aleviRules: HolidayRule[] = [
  // Nevruz, also celebrated by Alevis as the birthday of Ali, on 21 March.
  yearly('nevruz', (year) => fromYmd(year, 3, 21)),
  // Hıdrellez: the night of 5 to 6 May.
  yearly('hidrellez', (year) => fromYmd(year, 5, 6), { beginsEveningBefore: true }),
  hijri('ghadir-khumm', 12, 18),
  // Twelve days of fasting from 1 Muharram; Aşure on the 13th day (e.g. 26 June – 7 July and 8 July 2025).
  hijri('muharrem-fast', 1, 1, { length: 12 }),
  hijri('asure', 1, 13),
];
