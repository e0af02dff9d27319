import { birthOfTheBab, nawRuz, nawRuzDay } from '../astro.ts';
import { toYmd } from '../days.ts';
import type { HolidayKey } from '../keys.ts';
import type { NativeDate } from '../types.ts';
import type { HolidayRule } from './rule.ts';

const MONTHS = [
  'Bahá',
  'Jalál',
  'Jamál',
  'ʻAẓamat',
  'Núr',
  'Raḥmat',
  'Kalimát',
  'Kamál',
  'Asmáʼ',
  'ʻIzzat',
  'Mashíyyat',
  'ʻIlm',
  'Qudrat',
  'Qawl',
  'Masáʼil',
  'Sharaf',
  'Sulṭán',
  'Mulk',
];
const AYYAM_I_HA = 'Ayyám-i-Há';
const ALA = 'ʻAláʼ';
/** Naw-Rúz of Gregorian year Y opens Badíʿ year Y − 1843. */
const BADI_OFFSET = 1843;

/** The Badíʿ date of a day: 19 months of 19 days, Ayyám-i-Há, then the month of fasting, ʻAláʼ. */
export function badiDate(dayNumber: number): NativeDate {
  const [gregorianYear] = toYmd(dayNumber);
  const startYear = dayNumber >= nawRuz(gregorianYear) ? gregorianYear : gregorianYear - 1;
  const dayOfYear = dayNumber - nawRuz(startYear);
  const badiYear = startYear - BADI_OFFSET;
  const alaStart = nawRuz(startYear + 1) - 19;
  let label: string;
  if (dayOfYear < 18 * 19) {
    label = `${(dayOfYear % 19) + 1} ${MONTHS[Math.floor(dayOfYear / 19)]}`;
  } else if (dayNumber < alaStart) {
    label = `${dayOfYear - 18 * 19 + 1} ${AYYAM_I_HA}`;
  } else {
    label = `${dayNumber - alaStart + 1} ${ALA}`;
  }
  return { calendar: 'bahai', label: `${label} ${badiYear} BE` };
}

/**
 * A holy day a fixed number of days after Naw-Rúz (the Badíʿ calendar, since 2015 the same for Bahá'ís in
 * the whole world). Badíʿ days begin at sunset.
 */
function afterNawRuz(key: HolidayKey, offset: number): HolidayRule {
  return {
    key,
    source: 'computed',
    occurrences(year) {
      const { day, close } = nawRuzDay(year);
      const start = day + offset;
      return [{ start, approximate: close, beginsEveningBefore: true, nativeDate: badiDate(start) }];
    },
  };
}

function twinBirthday(key: HolidayKey, offset: number): HolidayRule {
  return {
    key,
    source: 'computed',
    occurrences(year) {
      const { day, close } = birthOfTheBab(year);
      const start = day + offset;
      return [{ start, approximate: close, beginsEveningBefore: true, nativeDate: badiDate(start) }];
    },
  };
}

export const bahaiRules: HolidayRule[] = [
  // Ayyám-i-Há: the intercalary days (4 or 5) between the 18th month and ʻAláʼ of the year begun in Y − 1.
  {
    key: 'ayyam-i-ha',
    source: 'computed',
    occurrences(year) {
      const start = nawRuz(year - 1) + 18 * 19;
      const approximate = nawRuzDay(year - 1).close || nawRuzDay(year).close;
      return [
        {
          start,
          end: nawRuz(year) - 20,
          approximate,
          beginsEveningBefore: true,
          nativeDate: badiDate(start),
        },
      ];
    },
  },
  // The Fast: the 19 days of ʻAláʼ before Naw-Rúz, from sunrise to sunset.
  {
    key: 'bahai-fast',
    source: 'computed',
    occurrences(year) {
      const { day, close } = nawRuzDay(year);
      return [{ start: day - 19, end: day - 1, approximate: close, nativeDate: badiDate(day - 19) }];
    },
  },
  afterNawRuz('naw-ruz', 0),
  afterNawRuz('ridvan-first', 31), // 13 Jalál
  afterNawRuz('ridvan-ninth', 39), // 2 Jamál
  afterNawRuz('ridvan-twelfth', 42), // 5 Jamál
  afterNawRuz('declaration-of-the-bab', 64), // 8 ʻAẓamat
  afterNawRuz('ascension-of-bahaullah', 69), // 13 ʻAẓamat
  afterNawRuz('martyrdom-of-the-bab', 111), // 17 Raḥmat
  twinBirthday('birth-of-the-bab', 0),
  twinBirthday('birth-of-bahaullah', 1),
  afterNawRuz('day-of-the-covenant', 250), // 4 Qawl
  afterNawRuz('ascension-of-abdul-baha', 252), // 6 Qawl
];
