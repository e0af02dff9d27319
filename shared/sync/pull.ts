import { z } from 'zod/mini';

/**
 * Collections a device can pull (DESIGN.md §5). A feature that syncs a new collection adds its name
 * here, its record schema in `record-schemas.ts`, and a pull source on the server (server/sync/sources.ts).
 */
export const PULL_COLLECTIONS = [
  'partners',
  'measures',
  'pools',
  'mediators',
  'calendar',
  'activities',
] as const;
export type PullCollection = (typeof PULL_COLLECTIONS)[number];

export const pullQuerySchema = z.object({
  collections: z.pipe(
    z.pipe(
      z.string().check(z.maxLength(200)),
      z.transform((value) => [...new Set(value.split(',').filter(Boolean))]),
    ),
    z.array(z.enum(PULL_COLLECTIONS, { error: 'unknown collection' })).check(z.minLength(1)),
  ),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(5000))),
});

export const collectionChangesSchema = z.object({
  upserts: z.array(z.unknown()),
  deletes: z.array(z.string()),
});
export type CollectionChanges<T = unknown> = { upserts: T[]; deletes: string[] };

/** Records are validated per collection with `recordSchemas` by the receiver. */
export const pullResponseSchema = z.object({
  cursor: z.string(),
  more: z.boolean(),
  /** Number of changed records after the request's cursor, for progress bars. */
  total: z.int(),
  changes: z.partialRecord(z.enum(PULL_COLLECTIONS), collectionChangesSchema),
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
