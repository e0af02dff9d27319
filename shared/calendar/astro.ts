import { Body, Observer, SearchMoonPhase, SearchRiseSet, SearchSunLongitude } from 'astronomy-engine';
import { dayAt, fromYmd, midnightAt } from './days.ts';
import { moonPhaseNear } from './moon.ts';

/**
 * Astronomy for the Bahá'í (Ṭihrán), Hindu/Sikh (India) and Theravada (Bangkok) dates, computed with
 * astronomy-engine (MIT). Every result is a day number (days since 1970-01-01) and is cached per year.
 */

const TEHRAN = new Observer(35.6892, 51.389, 1190);
const TEHRAN_UTC_OFFSET = 3.5; // Iran Standard Time; only used to name the civil day, never near midnight.
const NEW_DELHI = new Observer(28.6139, 77.209, 216);
const IST_UTC_OFFSET = 5.5;
const BANGKOK_UTC_OFFSET = 7;
const SYNODIC_MONTH = 29.530_589;
const LUNATION_MS = SYNODIC_MONTH * 86_400_000;

interface Place {
  observer: Observer;
  utcOffset: number;
}
const TEHRAN_PLACE: Place = { observer: TEHRAN, utcOffset: TEHRAN_UTC_OFFSET };
const NEW_DELHI_PLACE: Place = { observer: NEW_DELHI, utcOffset: IST_UTC_OFFSET };

function sunsetOn(place: Place, dayNumber: number): Date {
  const set = SearchRiseSet(Body.Sun, place.observer, -1, midnightAt(dayNumber, place.utcOffset), 1);
  if (!set) throw new Error('No sunset found');
  return set.date;
}

const RAD = Math.PI / 180;

/** Sunset from the low-precision solar formulas of the Astronomical Almanac: good to a minute or two. */
function roughSunset(place: Place, dayNumber: number): number {
  const { latitude, longitude } = place.observer;
  const n = dayNumber - 10_957 + 0.5 - longitude / 360 + 0.25; // days from J2000.0 to about 18:00 local
  const meanLongitude = (280.46 + 0.985_647_4 * n) % 360;
  const anomaly = (357.528 + 0.985_600_3 * n) * RAD;
  const eclipticLongitude = (meanLongitude + 1.915 * Math.sin(anomaly) + 0.02 * Math.sin(2 * anomaly)) * RAD;
  const obliquity = (23.439 - 0.000_000_4 * n) * RAD;
  const declination = Math.asin(Math.sin(obliquity) * Math.sin(eclipticLongitude));
  const rightAscension = Math.atan2(
    Math.cos(obliquity) * Math.sin(eclipticLongitude),
    Math.cos(eclipticLongitude),
  );
  let equationOfTime = meanLongitude - rightAscension / RAD; // degrees
  equationOfTime = ((((equationOfTime + 180) % 360) + 360) % 360) - 180;
  const cosHourAngle =
    (Math.sin(-0.833 * RAD) - Math.sin(latitude * RAD) * Math.sin(declination)) /
    (Math.cos(latitude * RAD) * Math.cos(declination));
  const hourAngle = Math.acos(cosHourAngle) / RAD;
  const utcHours = 12 + (hourAngle - longitude - equationOfTime) / 15;
  return dayNumber * 86_400_000 + utcHours * 3_600_000;
}

const CLOSE_MS = 30 * 60_000;

/** Whether `instant` lies before sunset on `civil`; astronomy-engine decides only when it is close. */
function beforeSunset(place: Place, civil: number, instant: Date): { before: boolean; margin: number } {
  const rough = roughSunset(place, civil) - instant.getTime();
  if (Math.abs(rough) > CLOSE_MS) return { before: rough > 0, margin: Math.abs(rough) };
  const margin = sunsetOn(place, civil).getTime() - instant.getTime();
  return { before: margin > 0, margin: Math.abs(margin) };
}

function memo<T>(compute: (year: number) => T): (year: number) => T {
  const cache = new Map<number, T>();
  return (year) => {
    let value = cache.get(year);
    if (value === undefined) {
      value = compute(year);
      cache.set(year, value);
    }
    return value;
  };
}

export interface BadiDay {
  day: number;
  /** The deciding event lies within minutes of sunset in Ṭihrán: published tables may differ by a day. */
  close: boolean;
}

const CLOSE_TO_SUNSET_MS = 5 * 60_000;

/** Day of the Badíʿ day (sunset to sunset in Ṭihrán) that contains `instant`, named by its civil day. */
function badiDayOf(instant: Date): BadiDay {
  const civil = dayAt(instant, TEHRAN_UTC_OFFSET);
  const { before, margin } = beforeSunset(TEHRAN_PLACE, civil, instant);
  return { day: before ? civil : civil + 1, close: margin < CLOSE_TO_SUNSET_MS };
}

/**
 * Years in which the equinox comes within seconds of sunset in Ṭihrán, so that the result depends on the
 * ephemeris: the date published by the Bahá'í World Centre (table of 172–221 BE) is used.
 */
const PUBLISHED_NAW_RUZ: Readonly<Record<number, readonly [month: number, day: number]>> = {
  2026: [3, 21], // equinox 18:15:36 IRST, computed sunset 18:15:38
};

/**
 * Naw-Rúz: the day (sunset to sunset in Ṭihrán) in which the March equinox falls, as decided by the Universal
 * House of Justice in 2014. Listed on the civil day that follows the sunset which opens it.
 */
export const nawRuzDay = memo((year: number): BadiDay => {
  const published = PUBLISHED_NAW_RUZ[year];
  if (published) return { day: fromYmd(year, ...published), close: false };
  const equinox = SearchSunLongitude(0, midnightAt(fromYmd(year, 3, 17), 0), 8);
  if (!equinox) throw new Error(`No March equinox found for ${year}`);
  return badiDayOf(equinox.date);
});

export const nawRuz = (year: number): number => nawRuzDay(year).day;

/** Precise instant of the new (0°) or full (180°) moon near `approx`, from astronomy-engine. */
function refinePhase(approx: Date, longitude: 0 | 180): Date {
  const found = SearchMoonPhase(longitude, new Date(approx.getTime() - 86_400_000), 2);
  if (!found) throw new Error('No lunar phase found');
  return found.date;
}

/**
 * Birth of the Báb: the first day after the eighth new moon after Naw-Rúz (Ṭihrán). The Birth of Bahá'u'lláh
 * is the day after.
 */
export const birthOfTheBab = memo((year: number): BadiDay => {
  // Count new moons from the sunset that opens Naw-Rúz (Meeus' formula, refined when a boundary is close).
  const openingDay = nawRuz(year) - 1;
  const roughOpening = roughSunset(TEHRAN_PLACE, openingDay);
  let first = moonPhaseNear(roughOpening, 0);
  const after =
    Math.abs(first.getTime() - roughOpening) < CLOSE_MS
      ? !beforeSunset(TEHRAN_PLACE, openingDay, refinePhase(first, 0)).before
      : first.getTime() > roughOpening;
  if (!after) first = moonPhaseNear(first.getTime() + LUNATION_MS, 0);
  let eighth = moonPhaseNear(first.getTime() + 7 * LUNATION_MS, 0);
  const civil = dayAt(eighth, TEHRAN_UTC_OFFSET);
  if (Math.abs(roughSunset(TEHRAN_PLACE, civil) - eighth.getTime()) < CLOSE_MS)
    eighth = refinePhase(eighth, 0);
  const { day, close } = badiDayOf(eighth);
  return { day: day + 1, close };
});

/**
 * Lahiri (Chitrapaksha) ayanamsa in degrees, a linear approximation (50.29″ a year) calibrated so that the
 * computed sankranti moments of 2024–2026 match the published Indian almanacs within a few minutes.
 */
function ayanamsa(instant: Date): number {
  const years = (instant.getTime() - Date.UTC(2000, 0, 1)) / 31_557_600_000;
  return 23.8635 + 0.013_969 * years;
}

/**
 * The instant the Sun enters the sidereal sign that starts at `siderealLongitude` (0 Mesha, 270 Makara). The
 * ayanamsa moves 0.014° a year, so its value at the start of the search is exact enough.
 */
function sankranti(siderealLongitude: number, searchFrom: Date): Date {
  const found = SearchSunLongitude((siderealLongitude + ayanamsa(searchFrom)) % 360, searchFrom, 20);
  if (!found) throw new Error('No sankranti found');
  return found.date;
}

export interface SolarFestival {
  day: number;
  /** The sankranti falls within 30 minutes of the boundary that decides the day. */
  close: boolean;
}

/** Makar Sankranti: the Sun enters sidereal Capricorn; after sunset (New Delhi) the festival is the next day. */
export const makarSankranti = memo((year: number): SolarFestival => {
  const moment = sankranti(270, midnightAt(fromYmd(year, 1, 5), 0));
  const civil = dayAt(moment, IST_UTC_OFFSET);
  const { before, margin } = beforeSunset(NEW_DELHI_PLACE, civil, moment);
  return { day: before ? civil : civil + 1, close: margin < CLOSE_MS };
});

/** Mesha Sankranti / Vaisakhi: the civil day (IST) on which the Sun enters sidereal Aries. */
export const meshaSankranti = memo((year: number): SolarFestival => {
  const moment = sankranti(0, midnightAt(fromYmd(year, 4, 5), 0));
  const civil = dayAt(moment, IST_UTC_OFFSET);
  const toMidnight = Math.min(
    moment.getTime() - midnightAt(civil, IST_UTC_OFFSET).getTime(),
    midnightAt(civil + 1, IST_UTC_OFFSET).getTime() - moment.getTime(),
  );
  return { day: civil, close: toMidnight < CLOSE_MS };
});

/** The civil day (Bangkok time) of the full moon nearest to `approxDay`. */
export function fullMoonNear(approxDay: number): number {
  let full = moonPhaseNear((approxDay + 0.5) * 86_400_000, 0.5);
  const civil = dayAt(full, BANGKOK_UTC_OFFSET);
  const toMidnight = Math.min(
    full.getTime() - midnightAt(civil, BANGKOK_UTC_OFFSET).getTime(),
    midnightAt(civil + 1, BANGKOK_UTC_OFFSET).getTime() - full.getTime(),
  );
  if (toMidnight < CLOSE_MS) full = refinePhase(full, 180);
  return dayAt(full, BANGKOK_UTC_OFFSET);
}

export const LUNATION_DAYS = SYNODIC_MONTH;
