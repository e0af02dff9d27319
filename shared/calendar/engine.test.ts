import { SearchMoonPhase } from 'astronomy-engine';
import { describe, expect, it } from 'vitest';
import { fromIso, weekday } from './days.ts';
import { computeHolidays, holidaysBetween, tableCoverage, uncoveredFaiths } from './engine.ts';
import { HOLIDAY_FAITHS, HOLIDAY_KEYS, type HolidayKey } from './keys.ts';
import { moonPhaseNear } from './moon.ts';
import { FAITH_IDS, type FaithId, type Holiday } from './types.ts';

const YEARS = Array.from({ length: 101 }, (_, index) => 2000 + index);
const TABLE_KEYS = new Set(FAITH_IDS.flatMap((faith) => tableCoverage(faith)?.holidayKeys ?? []));
const ISLAMIC_KEYS = new Set(
  HOLIDAY_KEYS.filter(
    (key) =>
      computeHolidays(2025).find((h) => h.holidayKey === key)?.nativeDate?.calendar === 'islamic-umalqura',
  ),
);

const find = (holidays: Holiday[], key: HolidayKey) =>
  holidays.filter((holiday) => holiday.holidayKey === key);
const day = (holiday: Holiday | undefined) => fromIso(holiday?.date ?? '');

describe('computeHolidays', () => {
  it('knows at least 60 distinct holidays and every faith', () => {
    expect(HOLIDAY_KEYS.length).toBeGreaterThanOrEqual(60);
    const keys = new Set(computeHolidays(2026).map((holiday) => holiday.holidayKey));
    expect(keys.size).toBeGreaterThanOrEqual(60);
    const faiths = new Set(computeHolidays(2026).flatMap((holiday) => holiday.faiths));
    expect([...faiths].sort()).toEqual([...FAITH_IDS].sort());
  });

  it('refuses years outside 2000–2100 and unknown faiths', () => {
    expect(() => computeHolidays(1999)).toThrow(RangeError);
    expect(() => computeHolidays(2101)).toThrow(RangeError);
    expect(() => computeHolidays(2025.5)).toThrow(RangeError);
    expect(() => computeHolidays(Number.NaN)).toThrow(RangeError);
    expect(() => computeHolidays(2025, { faiths: ['pastafarian' as FaithId] })).toThrow(RangeError);
    expect(computeHolidays(2000).length).toBeGreaterThan(90);
    expect(computeHolidays(2100).length).toBeGreaterThan(90);
  });

  it('returns sorted, well-formed holidays with unique stable ids in every year', () => {
    for (const year of YEARS) {
      const holidays = computeHolidays(year);
      const ids = holidays.map((holiday) => holiday.id);
      expect(new Set(ids).size, `${year}`).toBe(ids.length);
      expect(holidays.map((holiday) => holiday.date)).toEqual(holidays.map((holiday) => holiday.date).sort());
      for (const holiday of holidays) {
        expect(holiday.date.startsWith(String(year)), holiday.id).toBe(true);
        expect(holiday.faiths[0]).toBe(holiday.faith);
        expect(holiday.faiths).toEqual(HOLIDAY_FAITHS[holiday.holidayKey as HolidayKey]);
        if (holiday.end !== null) expect(holiday.end > holiday.date, holiday.id).toBe(true);
        expect(holiday.id.startsWith(`${holiday.holidayKey}-${year}`)).toBe(true);
      }
      for (const key of HOLIDAY_KEYS) {
        const count = find(holidays, key).length;
        if (ISLAMIC_KEYS.has(key)) expect(count, `${key} ${year}`).toBeGreaterThanOrEqual(1);
        else if (TABLE_KEYS.has(key))
          expect(count, `${key} ${year}`).toBe(year >= 2024 && year <= 2035 ? 1 : 0);
        else expect(count, `${key} ${year}`).toBe(1);
      }
    }
  });

  it('gives the same answer twice (cache) and filters by faith', () => {
    expect(computeHolidays(2030)).toEqual(computeHolidays(2030));
    const jewish = computeHolidays(2030, { faiths: ['jewish'] });
    expect(jewish.length).toBe(12);
    expect(jewish.every((holiday) => holiday.faiths.includes('jewish'))).toBe(true);
    const coptic = computeHolidays(2030, { faiths: ['coptic'] }).map((holiday) => holiday.holidayKey);
    expect(coptic).toEqual(
      expect.arrayContaining(['orthodox-christmas', 'orthodox-easter', 'coptic-new-year']),
    );
    expect(computeHolidays(2030, { faiths: [] })).toEqual([]);
  });

  it('lists a second occurrence of an Islamic holiday in the same year with its own id', () => {
    // 1 Muharram 1429 and 1 Muharram 1430 both fall in 2008 (10 January and 29 December).
    const newYears = find(computeHolidays(2008), 'islamic-new-year');
    expect(newYears.map((holiday) => holiday.id)).toEqual([
      'islamic-new-year-2008',
      'islamic-new-year-2008-2',
    ]);
    expect(newYears.map((holiday) => holiday.nativeDate?.label)).toEqual([
      '1 Muharram 1429 AH',
      '1 Muharram 1430 AH',
    ]);
  });

  it('marks sunset holidays, approximate dates, multi-day ends and native dates', () => {
    const year = computeHolidays(2026);
    expect(find(year, 'pesach')[0]).toMatchObject({
      beginsEveningBefore: true,
      approximate: false,
      end: '2026-04-09',
      nativeDate: { calendar: 'hebrew', label: '15 Nisan 5786' },
    });
    expect(find(year, 'chanukah')[0]).toMatchObject({ date: '2026-12-05', end: '2026-12-12' });
    expect(find(year, 'eid-al-fitr')[0]).toMatchObject({ approximate: true, end: '2026-03-22' });
    expect(find(year, 'ramadan')[0]).toMatchObject({
      approximate: true,
      end: '2026-03-19',
      beginsEveningBefore: true,
    });
    expect(find(year, 'naw-ruz')[0]).toMatchObject({
      nativeDate: { calendar: 'bahai', label: '1 Bahá 183 BE' },
    });
    expect(find(year, 'easter')[0]).toMatchObject({
      beginsEveningBefore: false,
      source: 'computed',
      end: null,
    });
    expect(find(year, 'diwali')[0]).toMatchObject({ source: 'table' });
  });
});

describe('calendar invariants for 2000–2100 (independent of any table)', () => {
  it('Easter is a Sunday between 22 March and 25 April; Pascha is never before it', () => {
    for (const year of YEARS) {
      const holidays = computeHolidays(year);
      const easter = find(holidays, 'easter')[0];
      expect(weekday(day(easter))).toBe(0);
      expect(easter?.date.slice(5) ?? '').toMatch(/^(03-(2[2-9]|3[01])|04-([01]\d|2[0-5]))$/);
      const pascha = find(holidays, 'orthodox-easter')[0];
      expect(weekday(day(pascha))).toBe(0);
      expect(day(pascha) - day(easter)).toBeGreaterThanOrEqual(0);
      expect([0, 7, 28, 35]).toContain(day(pascha) - day(easter));
    }
  });

  it('Rosh Hashanah is 163 days after Pesach and never on Sunday, Wednesday or Friday', () => {
    for (const year of YEARS) {
      const holidays = computeHolidays(year);
      const pesach = day(find(holidays, 'pesach')[0]);
      const roshHashanah = day(find(holidays, 'rosh-hashanah')[0]);
      expect(roshHashanah - pesach, `${year}`).toBe(163);
      expect([0, 3, 5]).not.toContain(weekday(roshHashanah));
      expect(day(find(holidays, 'yom-kippur')[0]) - roshHashanah).toBe(9);
      expect(weekday(day(find(holidays, 'pesach')[0]))).not.toBe(1);
    }
  });

  it('Eid al-Fitr follows the last day of Ramadan; Ramadan has 29 or 30 days', () => {
    for (const year of YEARS) {
      const holidays = computeHolidays(year);
      for (const ramadan of find(holidays, 'ramadan')) {
        const length = fromIso(ramadan.end ?? '') - day(ramadan) + 1;
        expect([29, 30]).toContain(length);
        const eid = holidaysBetween(ramadan.date, `${year + (year < 2100 ? 1 : 0)}-12-31`).find(
          (holiday) => holiday.holidayKey === 'eid-al-fitr',
        );
        if (eid) expect(day(eid) - fromIso(ramadan.end ?? '')).toBe(1);
      }
    }
  });

  it('Naw-Rúz falls between 19 and 22 March; the Twin Birthdays in Mashíyyat, ʻIlm or Qudrat', () => {
    for (const year of YEARS) {
      const holidays = computeHolidays(year, { faiths: ['bahai'] });
      expect(find(holidays, 'naw-ruz')[0]?.date.slice(5)).toMatch(/^03-(19|2[0-2])$/);
      const bab = find(holidays, 'birth-of-the-bab')[0];
      // "moving, year to year, within the months of Mashíyyat, ʻIlm and Qudrat" (Universal House of Justice)
      expect(bab?.nativeDate?.label ?? '').toMatch(/^\d+ (Mashíyyat|ʻIlm|Qudrat) \d+ BE$/);
      expect(day(find(holidays, 'birth-of-bahaullah')[0]) - day(bab)).toBe(1);
    }
  });

  it('the Êzîdî feasts keep their weekdays', () => {
    for (const year of YEARS) {
      const holidays = computeHolidays(year, { faiths: ['yazidi'] });
      expect(weekday(day(find(holidays, 'carsema-sor')[0]))).toBe(3);
      expect(weekday(day(find(holidays, 'cejna-ezid')[0]))).toBe(5);
      expect(weekday(day(find(holidays, 'ezid-fast')[0]))).toBe(2);
    }
  });
});

describe('helpers', () => {
  it('holidaysBetween covers year boundaries and running multi-day holidays', () => {
    const range = holidaysBetween('2026-12-30', '2027-01-08');
    const keys = range.map((holiday) => holiday.holidayKey);
    expect(keys).toEqual(expect.arrayContaining(['armenian-christmas', 'orthodox-christmas', 'epiphany']));
    // Chanukah 5786 began on 15 December 2025 and ended on 22 December: not in this range.
    expect(holidaysBetween('2025-12-20', '2025-12-21').map((holiday) => holiday.holidayKey)).toContain(
      'chanukah',
    );
    expect(() => holidaysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
    expect(() => holidaysBetween('2101-01-01', '2101-01-02')).toThrow(RangeError);
  });

  it('reports the years covered by tables', () => {
    expect(tableCoverage('hindu')).toMatchObject({ from: 2024, to: 2035 });
    expect(tableCoverage('hindu')?.holidayKeys).toContain('diwali');
    expect(tableCoverage('sikh')?.holidayKeys).toContain('guru-nanak-gurpurab');
    expect(tableCoverage('sikh')?.holidayKeys).not.toContain('vaisakhi');
    expect(tableCoverage('jewish')).toBeNull();
    expect(uncoveredFaiths(2030)).toEqual([]);
    expect(uncoveredFaiths(2040)).toEqual(['hindu', 'sikh']);
    expect(uncoveredFaiths(2040, { faiths: ['jewish', 'sikh'] })).toEqual(['sikh']);
    expect(find(computeHolidays(2040), 'vaisakhi')).toHaveLength(1);
    expect(find(computeHolidays(2040), 'makar-sankranti')).toHaveLength(1);
  });

  it('Meeus lunar phases agree with astronomy-engine within two minutes', () => {
    let start = new Date(Date.UTC(2000, 0, 1));
    for (let i = 0; i < 130; i++) {
      const target = i % 2 === 0 ? 0 : 180;
      const precise = SearchMoonPhase(target, start, 40);
      if (!precise) throw new Error('no phase');
      const approx = moonPhaseNear(
        precise.date.getTime() + 86_400_000 * ((i % 5) - 2),
        target === 0 ? 0 : 0.5,
      );
      expect(Math.abs(approx.getTime() - precise.date.getTime())).toBeLessThan(120_000);
      start = precise.AddDays(280).date; // hop through the century
    }
  });
});

describe('performance', () => {
  it('computes a new year in a few milliseconds and a cached year at once', () => {
    computeHolidays(2070); // warm up the JIT and the Intl formatters
    const times: number[] = [];
    for (let year = 2071; year <= 2090; year++) {
      const started = performance.now();
      computeHolidays(year);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(5);
    const started = performance.now();
    for (let i = 0; i < 100; i++) computeHolidays(2080, { faiths: ['muslim', 'jewish'] });
    expect((performance.now() - started) / 100).toBeLessThan(0.5);
  });
});
