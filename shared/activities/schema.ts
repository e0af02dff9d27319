import { z } from 'zod/mini';
import { categoryIdSchema } from '../catalog/schemas.ts';

/** Fields of an activity entry (DESIGN.md §8): what partners actually report. Counts only, never names. */
export const ACTIVITY_STATUSES = ['done', 'planned', 'ongoing', 'postponed', 'cancelled'] as const;
export const ACTIVITY_TYPES = [
  'training',
  'event',
  'campaign',
  'recruitment',
  'publication',
  'survey',
  'counselling',
  'cooperation',
  'other',
] as const;
export const ACTIVITY_FORMATS = ['in-person', 'online', 'hybrid'] as const;

export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type ActivityFormat = (typeof ACTIVITY_FORMATS)[number];

const isoDateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid_date' }),
  z.refine((value) => isRealDate(value) && value >= '2000-01-01' && value <= '2100-12-31', {
    error: 'invalid_date',
  }),
);
const shortText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const optionalText = (max: number) => z.nullable(z.string().check(z.trim(), z.maxLength(max)));
const count = z.nullable(z.int().check(z.minimum(0, { error: 'negative' }), z.maximum(1_000_000)));

/** What a device sends for an entry; the server adds version, reporting year and audit fields. */
export const activityInputSchema = z
  .object({
    id: z.uuid(),
    partnerId: z.string().check(z.minLength(1), z.maxLength(120)),
    date: isoDateSchema,
    endDate: z.nullable(isoDateSchema),
    title: shortText(300),
    category: categoryIdSchema,
    secondaryCategories: z.array(categoryIdSchema).check(z.maxLength(5)),
    status: z.enum(ACTIVITY_STATUSES),
    type: z.nullable(z.enum(ACTIVITY_TYPES)),
    format: z.nullable(z.enum(ACTIVITY_FORMATS)),
    place: optionalText(200),
    organisingUnit: optionalText(200),
    cooperationPartners: z.array(shortText(200)).check(z.maxLength(30)),
    targetGroups: z.array(shortText(200)).check(z.maxLength(20)),
    participantCount: count,
    sessions: count,
    languages: z.array(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/))).check(z.maxLength(40)),
    fundingProgramme: optionalText(200),
    links: z.array(z.url().check(z.maxLength(500))).check(z.maxLength(10)),
    note: optionalText(4000),
  })
  .check(
    z.refine((entry) => entry.endDate === null || entry.endDate >= entry.date, {
      error: 'end_before_start',
      path: ['endDate'],
    }),
    z.refine((entry) => !entry.secondaryCategories.includes(entry.category), {
      error: 'secondary_is_primary',
      path: ['secondaryCategories'],
    }),
  );
export type ActivityInput = z.infer<typeof activityInputSchema>;

/** An entry as the server stores and returns it. */
export const activitySchema = z.extend(activityInputSchema, {
  version: z.int(),
  reportingYear: z.int(),
  createdBy: z.nullable(z.string()),
  updatedAt: z.string(),
});
export type Activity = z.infer<typeof activitySchema>;

/** The server's current state of an entry as a push conflict reports it: a tombstone says `deleted`. */
export const activityStateSchema = z.extend(activitySchema, { deleted: z.boolean() });
export type ActivityState = z.infer<typeof activityStateSchema>;

function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
