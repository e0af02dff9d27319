import { z } from 'zod/mini';
import { REGIONS } from '../catalog/categories.ts';
import { cleanText, requiredText } from '../text.ts';

/**
 * Language-mediator pools (public) and their contacts (personal data, staff and above only).
 * Free-text fields are written by partners in German and stay in their original language.
 * Field errors carry codes ("required", "too_long", …) that the app translates.
 */
export const POOL_KINDS = ['lay-pool', 'staff-pool', 'contracted-service', 'card-file', 'register'] as const;
export type PoolKind = (typeof POOL_KINDS)[number];

export const MEDIATION_MODES = ['in-person', 'phone', 'video'] as const;
export type MediationMode = (typeof MEDIATION_MODES)[number];

/** Muttersprache · verhandlungssicher · gut · Grundkenntnisse. */
export const LANGUAGE_LEVELS = ['native', 'fluent', 'good', 'basic'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** ISO 639 code with an optional region or variant subtag, lower-case: "ar", "prs", "sgn-de". */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/;
export const languageCodeSchema = z
  .string({ error: 'invalid_language' })
  .check(z.trim(), z.toLowerCase(), z.regex(LANGUAGE_CODE, { error: 'invalid_language' }));

const text = cleanText;

const phone = z.nullable(
  z.pipe(text(40), z.string().check(z.regex(/^$|^\+?[0-9 ()/.-]{3,40}$/, { error: 'invalid_phone' }))),
);
const email = z.nullable(
  z.pipe(
    text(254),
    z.union([z.literal(''), z.email({ error: 'invalid_email' })], { error: 'invalid_email' }),
  ),
);
const webUrl = z.nullable(
  z
    .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'invalid_url' })
    .check(z.maxLength(500, { error: 'too_long' })),
);
const isoDate = z.iso.date({ error: 'invalid_date' });

/** A weekly slot: day 1 = Monday … 7 = Sunday, times "HH:MM" local time (Europe/Berlin). */
export const weeklySlotSchema = z
  .object({
    day: z
      .int({ error: 'invalid' })
      .check(z.minimum(1, { error: 'invalid' }), z.maximum(7, { error: 'invalid' })),
    from: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalid_time' })),
    to: z.string().check(z.regex(/^([01]\d|2[0-4]):[0-5]\d$/, { error: 'invalid_time' })),
  })
  .check(z.refine((slot) => slot.from < slot.to, { error: 'invalid_time_range', path: ['to'] }));
export type WeeklySlot = z.infer<typeof weeklySlotSchema>;

const modes = z
  .array(z.enum(MEDIATION_MODES, { error: 'invalid' }), { error: 'invalid' })
  .check(z.maxLength(3, { error: 'too_long' }));
const slots = z.array(weeklySlotSchema, { error: 'invalid' }).check(z.maxLength(50, { error: 'too_long' }));
const region = z.nullable(z.enum(REGIONS, { error: 'invalid' }));

/** What a coordinator or admin may set on a pool. */
export const poolInputSchema = z.object({
  partnerId: requiredText(120),
  name: requiredText(200),
  kind: z.enum(POOL_KINDS, { error: 'invalid' }),
  languages: z.array(languageCodeSchema, { error: 'invalid' }).check(z.maxLength(200, { error: 'too_long' })),
  otherLanguages: text(500),
  modes,
  officeHours: slots,
  officeHoursNote: text(500),
  requestPhone: phone,
  requestEmail: email,
  requestUrl: webUrl,
  region,
  area: text(200),
  leadTime: text(300),
  exclusions: text(1000),
  costs: text(500),
  whoMayRequest: text(500),
  notes: text(2000),
  lastConfirmed: z.nullable(isoDate),
});
export type PoolInput = z.infer<typeof poolInputSchema>;

export const poolSchema = z.object({
  ...poolInputSchema.shape,
  id: z.string(),
  /** Where the facts come from, e.g. "Broschüre 2020/21, Z. 6436–6462". */
  source: z.string(),
  version: z.int(),
});
export type Pool = z.infer<typeof poolSchema>;

export const mediatorLanguageSchema = z.object({
  code: languageCodeSchema,
  level: z.enum(LANGUAGE_LEVELS, { error: 'invalid' }),
});
export type MediatorLanguage = z.infer<typeof mediatorLanguageSchema>;

/** What a coordinator or admin may set on a contact. */
export const mediatorInputSchema = z.object({
  name: requiredText(200),
  languages: z
    .array(mediatorLanguageSchema, { error: 'required' })
    .check(z.minLength(1, { error: 'required' }), z.maxLength(30, { error: 'too_long' })),
  otherLanguages: text(300),
  modes,
  availability: slots,
  region,
  area: text(200),
  phone,
  email,
  notes: text(2000),
  active: z.boolean({ error: 'invalid' }),
});
export type MediatorInput = z.infer<typeof mediatorInputSchema>;

export const mediatorSchema = z.object({
  ...mediatorInputSchema.shape,
  id: z.string(),
  poolId: z.string(),
  partnerId: z.string(),
  /** The day the coordinator last confirmed the data; older than a year → "please confirm". */
  confirmedAt: isoDate,
  /** Fictional sample data (never in production). */
  demo: z.boolean(),
  version: z.int(),
});
export type Mediator = z.infer<typeof mediatorSchema>;

/** A year after the last confirmation the coordinator is asked to check the entry. */
export function needsConfirmation(confirmedAt: string | null, today: string): boolean {
  if (!confirmedAt) return true;
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCFullYear(limit.getUTCFullYear() - 1);
  return confirmedAt < limit.toISOString().slice(0, 10);
}
