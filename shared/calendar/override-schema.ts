import { z } from 'zod/mini';
import { FAITH_IDS, FIRST_YEAR, LAST_YEAR } from './types.ts';

/**
 * Admin overrides of the interreligious calendar (issue 9): a correction of a computed holiday for one
 * year (e.g. the date a religious body announced) or an entry of the admin's own. Synced to every device
 * as the pull collection `calendar`; the record schema only — it imports no part of the engine, so the
 * device's sync code stays out of the calendar's lazily loaded chunk.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  if (year < FIRST_YEAR - 1 || year > LAST_YEAR + 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const isoDateSchema = z
  .string({ error: 'invalid_date' })
  .check(z.refine(isCalendarDate, { error: 'invalid_date' }));

/** Texts per language code ('de', 'en', …); German is the fallback for every other language. */
export const localizedTextSchema = (max: number) =>
  z.record(
    z.string().check(z.regex(/^[a-z]{2,3}$/, { error: 'invalid_language' })),
    z.string({ error: 'invalid' }).check(z.trim(), z.maxLength(max, { error: 'too_long' })),
  );
export type LocalizedText = Record<string, string>;

const sourceUrlSchema = z.nullable(
  z
    .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'invalid_url' })
    .check(z.maxLength(500, { error: 'too_long' })),
);

/** The wire record of the `calendar` pull collection. */
export const calendarOverrideSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(120)),
  /** The computed holiday this corrects (e.g. 'eid-al-fitr-2026'); null for an entry of the admin's own. */
  holidayId: z.nullable(z.string().check(z.maxLength(120))),
  /** The year of the corrected holiday, or of an own entry's date. */
  year: z.int().check(z.minimum(FIRST_YEAR), z.maximum(LAST_YEAR)),
  faith: z.enum(FAITH_IDS),
  date: isoDateSchema,
  end: z.nullable(isoDateSchema),
  /** Replaces the name from the engine's texts (required in German for an own entry). */
  name: localizedTextSchema(200),
  description: localizedTextSchema(2000),
  /** Who announced the date, e.g. "Zentralrat der Muslime, Pressemitteilung vom 28.02.2026". */
  sourceText: z.string().check(z.minLength(1), z.maxLength(500)),
  sourceUrl: sourceUrlSchema,
  approximate: z.boolean(),
  version: z.int(),
  updatedAt: z.string(),
});
export type CalendarOverride = z.infer<typeof calendarOverrideSchema>;

/**
 * What an admin sends to create or replace an override. A correction names `holidayId` (the faith and
 * year follow from it); an own entry names `faith` and a German name. Field errors are stable codes.
 */
export const calendarOverrideInputSchema = z.object({
  holidayId: z.optional(
    z.nullable(z.string({ error: 'invalid' }).check(z.trim(), z.maxLength(120, { error: 'too_long' }))),
  ),
  faith: z.optional(z.enum(FAITH_IDS, { error: 'unknown_faith' })),
  date: isoDateSchema,
  end: z.optional(z.nullable(isoDateSchema)),
  name: z.optional(localizedTextSchema(200)),
  description: z.optional(localizedTextSchema(2000)),
  sourceText: z
    .string({ error: 'required' })
    .check(z.trim(), z.minLength(1, { error: 'required' }), z.maxLength(500, { error: 'too_long' })),
  sourceUrl: z.optional(sourceUrlSchema),
  approximate: z.optional(z.boolean({ error: 'invalid' })),
  /** For an update: the version the admin edited; a newer one on the server answers 409. */
  baseVersion: z.optional(z.int({ error: 'invalid' })),
});
export type CalendarOverrideInput = z.infer<typeof calendarOverrideInputSchema>;
