import { LUNATION_DAYS, fullMoonNear, makarSankranti, meshaSankranti } from '../astro.ts';
import { fromIso, fromYmd } from '../days.ts';
import { findDays, supportsCalendar } from '../intl-calendars.ts';
import type { HolidayKey } from '../keys.ts';
import { HINDU_TABLE, type HinduTableKey } from '../tables/hindu.ts';
import { yearly, type HolidayRule } from './rule.ts';

function tableDay(key: HinduTableKey, year: number): number | undefined {
  if (year < HINDU_TABLE.from || year > HINDU_TABLE.to) return undefined;
  const iso = HINDU_TABLE.dates[key][year - HINDU_TABLE.from];
  return iso === undefined ? undefined : fromIso(iso);
}

/** A holiday from the Hindu table; years outside the table have no occurrence. */
function fromTable(
  key: HolidayKey,
  tableKey: HinduTableKey,
  options: {
    offset?: number;
    beginsEveningBefore?: boolean;
    end?: (year: number) => number | undefined;
  } = {},
): HolidayRule {
  const { offset = 0, beginsEveningBefore = false, end } = options;
  return {
    key,
    source: 'table',
    occurrences(year) {
      const day = tableDay(tableKey, year);
      if (day === undefined) return [];
      return [{ start: day + offset, end: end?.(year), beginsEveningBefore }];
    },
  };
}

export const hinduRules: HolidayRule[] = [
  {
    key: 'makar-sankranti',
    source: 'computed',
    occurrences(year) {
      const { day, close } = makarSankranti(year);
      return [{ start: day, approximate: close }];
    },
  },
  // The night of Shiva: the vigil runs through the night after the listed day.
  fromTable('maha-shivaratri', 'maha-shivaratri'),
  fromTable('holi', 'holi'),
  fromTable('raksha-bandhan', 'raksha-bandhan'),
  // Krishna's birth is celebrated at midnight at the end of the listed day.
  fromTable('janmashtami', 'janmashtami'),
  fromTable('ganesh-chaturthi', 'ganesh-chaturthi'),
  fromTable('navaratri', 'navaratri', {
    end: (year) => {
      const dussehra = tableDay('dussehra', year);
      return dussehra === undefined ? undefined : dussehra - 1;
    },
  }),
  fromTable('dussehra', 'dussehra'),
  fromTable('diwali', 'diwali'),
];

export const sikhRules: HolidayRule[] = [
  // Vaisakhi: 1 Vaisakh of the solar calendar, the civil day (IST) of Mesha Sankranti.
  {
    key: 'vaisakhi',
    source: 'computed',
    occurrences(year) {
      const { day, close } = meshaSankranti(year);
      return [{ start: day, approximate: close }];
    },
  },
  // Hola Mohalla: the day after Holi (Anandpur Sahib, festivities over three days).
  fromTable('hola-mohalla', 'holi', { offset: 1 }),
  // Bandi Chhor Divas is celebrated on the day of Diwali.
  fromTable('bandi-chhor-divas', 'diwali'),
  fromTable('guru-nanak-gurpurab', 'guru-nanak-gurpurab'),
];

/**
 * Vesakh as in Singapore, Malaysia and Vietnam: the 15th day of the 4th month of the Chinese lunisolar
 * calendar (ICU), which is the full moon of May or early June. Theravada communities keep Magha Puja three lunations
 * before and Asalha Puja two lunations after it, each on the full moon (Bangkok time).
 */
function vesakh(year: number): number {
  const found = supportsCalendar('chinese')
    ? findDays('chinese', year, ['4'], 15, [
        [4, 20],
        [6, 30],
      ])[0]
    : undefined;
  // Without the Chinese calendar (not expected in current runtimes): the full moon nearest to 20 May.
  return found ? found.day : fullMoonNear(fromYmd(year, 5, 20));
}

export const buddhistRules: HolidayRule[] = [
  yearly('magha-puja', (year) => fullMoonNear(Math.round(vesakh(year) - 3 * LUNATION_DAYS)), {
    approximate: true,
  }),
  yearly('vesakh', vesakh, { approximate: true }),
  yearly('asalha-puja', (year) => fullMoonNear(Math.round(vesakh(year) + 2 * LUNATION_DAYS)), {
    approximate: true,
  }),
  yearly('bodhi-day', (year) => fromYmd(year, 12, 8)),
];
