import { z } from 'zod/mini';
import { measureSchema, partnerSchema } from '../catalog/schemas.ts';

/** Collections a device can pull (DESIGN.md §5). Only the catalog exists so far. */
export const PULL_COLLECTIONS = ['partners', 'measures'] as const;
export type PullCollection = (typeof PULL_COLLECTIONS)[number];

export const pullQuerySchema = z.object({
  collections: z.pipe(
    z.pipe(
      z.string().check(z.maxLength(200)),
      z.transform((value) => value.split(',').filter(Boolean)),
    ),
    z.array(z.enum(PULL_COLLECTIONS, { error: 'unknown collection' })).check(z.minLength(1)),
  ),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(5000))),
});

const changesOf = <T extends z.ZodMiniType>(record: T) =>
  z.object({ upserts: z.optional(z.array(record)), deletes: z.optional(z.array(z.string())) });

export const pullResponseSchema = z.object({
  cursor: z.string(),
  more: z.boolean(),
  /** Number of changed records after the request's cursor, for progress bars. */
  total: z.int(),
  changes: z.object({
    partners: z.optional(changesOf(partnerSchema)),
    measures: z.optional(changesOf(measureSchema)),
  }),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** The cursor is the last change sequence number the device has seen; opaque to clients. */
export function encodeCursor(sequence: number): string {
  return `v1.${sequence.toString(36)}`;
}

export function decodeCursor(cursor: string | undefined): number | null {
  if (cursor === undefined || cursor === '') return 0;
  const match = /^v1\.([0-9a-z]{1,10})$/.exec(cursor);
  if (!match) return null;
  return parseInt(match[1]!, 36);
}
