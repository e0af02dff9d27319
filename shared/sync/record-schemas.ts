import type { z } from 'zod/mini';
import { calendarOverrideSchema } from '../calendar/override-schema.ts';
import { activitySchema } from '../activities/schema.ts';
import { measureSchema, partnerSchema } from '../catalog/schemas.ts';
import { mediatorSchema, poolSchema } from '../mediators/schemas.ts';
import type { PullCollection } from './pull.ts';

/** The record schema of every pull collection; both ends validate what crosses the wire with it. */
export const recordSchemas = {
  partners: partnerSchema,
  measures: measureSchema,
  calendar: calendarOverrideSchema,
  pools: poolSchema,
  mediators: mediatorSchema,
  activities: activitySchema,
} satisfies Record<PullCollection, z.ZodMiniType>;

export type PullRecord<C extends PullCollection> = z.infer<(typeof recordSchemas)[C]>;
