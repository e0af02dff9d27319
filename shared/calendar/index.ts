/**
 * Interreligious calendar engine: pure, no I/O, the same code on the device and on the server.
 * See docs/calendar.md for the conventions (sunset rule, approximate dates, tables and their sources).
 */
export {
  FAITH_IDS,
  FIRST_YEAR,
  LAST_YEAR,
  isFaithId,
  type FaithId,
  type Holiday,
  type NativeCalendar,
  type NativeDate,
} from './types.ts';
export { HOLIDAY_FAITHS, HOLIDAY_KEYS, isHolidayKey, type HolidayKey } from './keys.ts';
export {
  assertYear,
  computeHolidays,
  holidaysBetween,
  tableCoverage,
  uncoveredFaiths,
  type HolidayOptions,
  type TableCoverage,
} from './engine.ts';
export {
  FALLBACK_LANGUAGE,
  calendarLanguages,
  faithName,
  holidayInfo,
  holidayText,
  registerCalendarTexts,
  type CalendarTexts,
  type HolidayText,
  type PartialCalendarTexts,
} from './texts.ts';
export {
  BUNDLED_CALENDAR_LANGUAGES,
  CALENDAR_LANGUAGES,
  JSON_CALENDAR_LANGUAGES,
  calendarLanguage,
  compareCalendarTexts,
  parseCalendarTexts,
  type CalendarLanguage,
  type CalendarTextsIssue,
} from './locales.ts';
export { buildIcs, escapeIcsText, foldIcsLine, type IcsHoliday, type IcsOptions } from './ics.ts';
export { usesUmmAlQura } from './intl-calendars.ts';
export {
  applyOverrides,
  entriesBetween,
  entriesForYear,
  entryText,
  findEntry,
  parseHolidayId,
  pickText,
  resolveOverrideInput,
  sameHolidayInYears,
  toIcsHoliday,
  type CalendarEntry,
  type EntryOptions,
  type EntryText,
  type OverrideFields,
  type OverrideInfo,
} from './entries.ts';
export {
  calendarOverrideInputSchema,
  calendarOverrideSchema,
  isoDateSchema,
  type CalendarOverride,
  type CalendarOverrideInput,
  type LocalizedText,
} from './override-schema.ts';
