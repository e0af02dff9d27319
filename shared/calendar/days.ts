/**
 * Calendar arithmetic on "day numbers": whole days since 1970-01-01 in the proleptic Gregorian calendar.
 * No Date objects and no time zones, so a holiday can never slip to a neighbouring day.
 */

const MS_PER_DAY = 86_400_000;

/** Day number of a Gregorian date (month 1–12). Algorithm after H. Hinnant, "chrono-compatible algorithms". */
export function fromYmd(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function toYmd(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function toIso(dayNumber: number): string {
  const [y, m, d] = toYmd(dayNumber);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function fromIso(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const dayNumber = fromYmd(y, m, d);
  if (toIso(dayNumber) !== iso) throw new RangeError(`Not a calendar date: ${iso}`);
  return dayNumber;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** First day on or after `dayNumber` that falls on `wd` (0 = Sunday). */
export function onOrAfter(dayNumber: number, wd: number): number {
  return dayNumber + ((wd - weekday(dayNumber) + 7) % 7);
}

/** Last day on or before `dayNumber` that falls on `wd`. */
export function onOrBefore(dayNumber: number, wd: number): number {
  return dayNumber - ((weekday(dayNumber) - wd + 7) % 7);
}

/** Day number of a date in the Julian calendar (used by the Orthodox churches and the Êzîdî calendar). */
export function fromJulian(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const jdn = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32_083;
  return jdn - 2_440_588;
}

export function dayToDate(dayNumber: number): Date {
  return new Date(dayNumber * MS_PER_DAY);
}

/** Civil day number of an instant in a zone with a fixed UTC offset (hours). */
export function dayAt(instant: Date, utcOffsetHours: number): number {
  return Math.floor((instant.getTime() + utcOffsetHours * 3_600_000) / MS_PER_DAY);
}

/** The instant of local midnight starting `dayNumber` in a zone with a fixed UTC offset. */
export function midnightAt(dayNumber: number, utcOffsetHours: number): Date {
  return new Date(dayNumber * MS_PER_DAY - utcOffsetHours * 3_600_000);
}

/** Day number of a date in the Coptic calendar (Calendrical Calculations; epoch R.D. 103 605). */
export function fromCoptic(year: number, month: number, day: number): number {
  return 103_605 - 1 + 365 * (year - 1) + Math.floor(year / 4) + 30 * (month - 1) + day - 719_163;
}

/** The Julian month/day that falls in Gregorian `year` (25 December Julian → 7 January of the next year). */
export function julianInYear(year: number, month: number, day: number): number {
  const dayNumber = fromJulian(year, month, day);
  return toYmd(dayNumber)[0] > year ? fromJulian(year - 1, month, day) : dayNumber;
}
