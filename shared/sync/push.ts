import { z } from 'zod/mini';

/** Entities a device can push changes of (DESIGN.md §5). */
export const PUSH_ENTITIES = ['activity'] as const;
export type PushEntity = (typeof PUSH_ENTITIES)[number];

export const pushOpSchema = z.object({
  opId: z.uuid(),
  kind: z.enum(['upsert', 'delete']),
  entity: z.enum(PUSH_ENTITIES),
  id: z.uuid(),
  /** The version the device's edit is based on; null for a new record. */
  baseVersion: z.nullable(z.int().check(z.minimum(0))),
  data: z.optional(z.unknown()),
});
export type PushOp = z.infer<typeof pushOpSchema>;

export const pushRequestSchema = z.object({
  deviceId: z.string().check(z.minLength(1), z.maxLength(100)),
  ops: z.array(pushOpSchema).check(z.minLength(1), z.maxLength(500)),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const PUSH_STATUSES = ['applied', 'duplicate', 'conflict', 'rejected'] as const;
export type PushStatus = (typeof PUSH_STATUSES)[number];

export const pushResultSchema = z.object({
  opId: z.string(),
  status: z.enum(PUSH_STATUSES),
  version: z.optional(z.int()),
  /** The server's record, with a conflict. */
  current: z.optional(z.unknown()),
  /** Per-field error codes, with a rejection. */
  errors: z.optional(z.record(z.string(), z.array(z.string()))),
});
export type PushResult = z.infer<typeof pushResultSchema>;

export const pushResponseSchema = z.object({ results: z.array(pushResultSchema) });
export type PushResponse = z.infer<typeof pushResponseSchema>;
