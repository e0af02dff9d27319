/** The faith communities of the ministry's printed interreligious calendar, plus civic observance days. */
export const FAITH_IDS = [
  'protestant',
  'catholic',
  'orthodox',
  'armenian',
  'syriac',
  'coptic',
  'jewish',
  'muslim',
  'alevi',
  'bahai',
  'buddhist',
  'hindu',
  'yazidi',
  'sikh',
  'secular',
] as const;
export type FaithId = (typeof FAITH_IDS)[number];

export function isFaithId(value: string): value is FaithId {
  return (FAITH_IDS as readonly string[]).includes(value);
}

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export type NativeCalendar = 'hebrew' | 'islamic-umalqura' | 'bahai';

/** The date in the faith's own calendar, e.g. { calendar: 'hebrew', label: '15 Nisan 5786' }. */
export interface NativeDate {
  calendar: NativeCalendar;
  /** Transliterated, language-neutral label: day, month name, year (and era where usual). */
  label: string;
}

export interface Holiday {
  /** Stable across runs: `${holidayKey}-${year}`, `-2` appended for a second occurrence in the same year. */
  id: string;
  /** Key of the texts (name, description, greeting) in every language. */
  holidayKey: string;
  /** The community the holiday is listed under first. */
  faith: FaithId;
  /** Every community that observes it on this date (always contains `faith`). */
  faiths: readonly FaithId[];
  /** First full civil day, ISO 'YYYY-MM-DD'. */
  date: string;
  /** Last day (inclusive) of a multi-day holiday, otherwise null. */
  end: string | null;
  /** The date may differ by a day (moon sighting) or is set each year by the organisers. */
  approximate: boolean;
  /** The holiday begins at sunset on the evening before `date`. */
  beginsEveningBefore: boolean;
  /** 'table' for dates from a curated, sourced table (limited year range, see tableCoverage). */
  source: 'computed' | 'table';
  nativeDate?: NativeDate;
}

/** One occurrence as produced by a rule; days are counted from 1970-01-01 (see days.ts). */
export interface Occurrence {
  start: number;
  end?: number;
  approximate?: boolean;
  beginsEveningBefore?: boolean;
  nativeDate?: NativeDate;
}
