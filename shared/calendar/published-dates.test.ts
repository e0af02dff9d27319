import { describe, expect, it } from 'vitest';
import { fromIso } from './days.ts';
import { computeHolidays } from './engine.ts';
import type { HolidayKey } from './keys.ts';

/**
 * Expected dates come from published calendars, not from this code; the source is named per holiday.
 * For the Islamic dates (moon sighting) and the Alevi dates set by the communities, a day either way is
 * accepted.
 */

function dateOf(key: HolidayKey, year: number): string {
  const found = computeHolidays(year).filter((holiday) => holiday.holidayKey === key);
  expect(found, `${key} ${year}`).toHaveLength(1);
  return found[0]?.date ?? '';
}

function expectDates(key: HolidayKey, expected: Record<number, string>, toleranceDays = 0) {
  for (const [year, date] of Object.entries(expected)) {
    const actual = dateOf(key, Number(year));
    const difference = Math.abs(fromIso(actual) - fromIso(date));
    expect(difference, `${key} ${year}: expected ${date}, got ${actual}`).toBeLessThanOrEqual(toleranceDays);
  }
}

describe('Christian dates', () => {
  it('Easter (EKD / Deutsche Bischofskonferenz calendars; timeanddate.com "Easter Sunday")', () => {
    expectDates('easter', { 2025: '2025-04-20', 2026: '2026-04-05', 2027: '2027-03-28', 2028: '2028-04-16' });
  });
  it('Orthodox Easter (Orthodoxe Bischofskonferenz in Deutschland; timeanddate.com "Orthodox Easter")', () => {
    expectDates('orthodox-easter', {
      2025: '2025-04-20',
      2026: '2026-04-12',
      2027: '2027-05-02',
      2028: '2028-04-16',
    });
  });
  it('Orthodox Christmas and Theophany (Julian 25 Dec / 6 Jan)', () => {
    expectDates('orthodox-christmas', { 2025: '2025-01-07', 2026: '2026-01-07', 2100: '2100-01-07' });
    expectDates('orthodox-theophany', { 2025: '2025-01-19', 2028: '2028-01-19' });
  });
});

describe('Jewish dates (Zentralrat der Juden in Deutschland, Jüdischer Kalender; hebcal.com, diaspora)', () => {
  it('Pesach, first day', () => {
    expectDates('pesach', { 2025: '2025-04-13', 2026: '2026-04-02', 2027: '2027-04-22', 2028: '2028-04-11' });
  });
  it('Rosh Hashanah, first day', () => {
    expectDates('rosh-hashanah', {
      2025: '2025-09-23',
      2026: '2026-09-12',
      2027: '2027-10-02',
      2028: '2028-09-21',
    });
  });
  it('Yom Kippur', () => {
    expectDates('yom-kippur', {
      2025: '2025-10-02',
      2026: '2026-09-21',
      2027: '2027-10-11',
      2028: '2028-09-30',
    });
  });
  it('Chanukah, first day (first candle the evening before)', () => {
    expectDates('chanukah', {
      2025: '2025-12-15',
      2026: '2026-12-05',
      2027: '2027-12-25',
      2028: '2028-12-13',
    });
  });
  it('Yom HaShoah moved from Friday 25 April 2025 to Thursday (hebcal.com)', () => {
    expectDates('yom-hashoah', { 2025: '2025-04-24' });
  });
});

describe('Islamic dates, ±1 day (Diyanet İşleri Başkanlığı "Dini Günler"; timeanddate.com; ZMD)', () => {
  it('Ramadan, first day of fasting', () => {
    expectDates(
      'ramadan',
      { 2025: '2025-03-01', 2026: '2026-02-18', 2027: '2027-02-08', 2028: '2028-01-28' },
      1,
    );
  });
  it('Eid al-Fitr', () => {
    expectDates(
      'eid-al-fitr',
      { 2025: '2025-03-30', 2026: '2026-03-20', 2027: '2027-03-10', 2028: '2028-02-27' },
      1,
    );
  });
  it('Eid al-Adha', () => {
    expectDates(
      'eid-al-adha',
      { 2025: '2025-06-06', 2026: '2026-05-27', 2027: '2027-05-17', 2028: '2028-05-06' },
      1,
    );
  });
});

describe('Alevi and Êzîdî dates, ±1 day', () => {
  it('Muharrem fast and Aşure (Deutsche Bischofskonferenz, press release 108/2025: 26 June – 8 July 2025)', () => {
    expectDates('muharrem-fast', { 2022: '2022-07-30', 2025: '2025-06-26' }, 1);
    // 2022: ruhrbarone.de, "Aleviten begehen Muharrem-Fasten" (30 July – 10 August, Aşure 11 August).
    expectDates('asure', { 2022: '2022-08-11', 2025: '2025-07-08' }, 1);
  });
  it('Cejna Êzîd (KCDK-E greeting 2022: 16 December; ezidi.news calendar 2023: 15 December)', () => {
    expectDates('cejna-ezid', { 2022: '2022-12-16', 2023: '2023-12-15' });
  });
});

describe('Hindu, Buddhist and Sikh dates', () => {
  it('Diwali / Lakshmi Puja (Government of India holiday lists; Drik Panchang, New Delhi)', () => {
    expectDates('diwali', { 2025: '2025-10-20', 2026: '2026-11-08', 2027: '2027-10-29', 2028: '2028-10-17' });
  });
  it('Vesak Day (Singapore Ministry of Manpower, public holidays)', () => {
    expectDates('vesakh', {
      2024: '2024-05-22',
      2025: '2025-05-12',
      2026: '2026-05-31',
      2027: '2027-05-20',
      2028: '2028-05-09',
    });
  });
  it('Vaisakhi (Drik Panchang: Mesha Sankranti, e.g. 14 April 2025, sankranti at 03:30 IST)', () => {
    expectDates('vaisakhi', {
      2024: '2024-04-13',
      2025: '2025-04-14',
      2026: '2026-04-14',
      2027: '2027-04-14',
      2028: '2028-04-13',
    });
  });
  it('Makar Sankranti (Drik Panchang)', () => {
    expectDates('makar-sankranti', { 2024: '2024-01-15', 2025: '2025-01-14', 2026: '2026-01-14' });
  });
});

describe('Bahá’í dates (Bahá’í World Centre, dates of Holy Days 172–221 BE)', () => {
  it('Naw-Rúz', () => {
    expectDates('naw-ruz', {
      2025: '2025-03-20',
      2026: '2026-03-21',
      2027: '2027-03-21',
      2028: '2028-03-20',
    });
  });
  it('Twin Holy Birthdays: Birth of the Báb', () => {
    expectDates('birth-of-the-bab', {
      2015: '2015-11-13',
      2017: '2017-10-21',
      2018: '2018-11-09',
      2021: '2021-11-06',
      2022: '2022-10-26',
      2023: '2023-10-16',
      2024: '2024-11-02',
      2025: '2025-10-22',
      2026: '2026-11-10',
    });
  });
  it('Ayyám-i-Há and the Fast', () => {
    const year = computeHolidays(2026, { faiths: ['bahai'] });
    expect(year.find((h) => h.holidayKey === 'ayyam-i-ha')).toMatchObject({
      date: '2026-02-25',
      end: '2026-03-01',
    });
    expect(year.find((h) => h.holidayKey === 'bahai-fast')).toMatchObject({
      date: '2026-03-02',
      end: '2026-03-20',
    });
  });
});

describe('Secular observance days (organisers’ announcements)', () => {
  it('Internationale Wochen gegen Rassismus (Stiftung gegen Rassismus: 11–24 March 2024, 17–30 March 2025)', () => {
    const year2024 = computeHolidays(2024).find((h) => h.holidayKey === 'weeks-against-racism');
    const year2025 = computeHolidays(2025).find((h) => h.holidayKey === 'weeks-against-racism');
    expect(year2024).toMatchObject({ date: '2024-03-11', end: '2024-03-24' });
    expect(year2025).toMatchObject({ date: '2025-03-17', end: '2025-03-30' });
  });
  it('Deutscher Diversity-Tag (Charta der Vielfalt: 23 May 2023, 28 May 2024, 27 May 2025)', () => {
    expectDates('german-diversity-day', { 2023: '2023-05-23', 2024: '2024-05-28', 2025: '2025-05-27' });
  });
  it('Interkulturelle Woche (ÖVA: 24 Sept – 1 Oct 2023, 22–29 Sept 2024, 21–28 Sept 2025)', () => {
    expectDates('intercultural-week', { 2023: '2023-09-24', 2024: '2024-09-22', 2025: '2025-09-21' });
  });
});
