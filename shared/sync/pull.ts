import { z } from 'zod';
import { measureSchema, partnerSchema } from '../catalog/schemas.ts';

/** Collections a device can pull (DESIGN.md §5). Only the catalog exists so far. */
export const PULL_COLLECTIONS = ['partners', 'measures'] as const;
export type PullCollection = (typeof PULL_COLLECTIONS)[number];

export const pullQuerySchema = z.object({
  collections: z
    .string()
    .max(200)
    .transform((value) => value.split(',').filter(Boolean))
    .pipe(z.array(z.enum(PULL_COLLECTIONS, { error: 'unknown collection' })).min(1)),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(5000).optional(),
});

const changesOf = <T extends z.ZodType>(record: T) =>
  z.object({ upserts: z.array(record), deletes: z.array(z.string()) }).partial();

export const pullResponseSchema = z.object({
  cursor: z.string(),
  more: z.boolean(),
  /** Total number of changed records after the request's cursor, for progress bars. */
  total: z.number().int(),
  changes: z.object({
    partners: changesOf(partnerSchema).optional(),
    measures: changesOf(measureSchema).optional(),
  }),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** The cursor is the last change sequence number the device has seen; opaque to clients. */
export function encodeCursor(sequence: number): string {
  return `v1.${sequence.toString(36)}`;
}

export function decodeCursor(cursor: string | undefined): number | null {
  if (cursor === undefined || cursor === '') return 0;
  const match = /^v1\.([0-9a-z]{1,12})$/.exec(cursor);
  if (!match) return null;
  const value = parseInt(match[1]!, 36);
  return Number.isSafeInteger(value) ? value : null;
}
