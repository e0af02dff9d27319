import { z } from 'zod/mini';

/** The JSON body of every 4xx answer: a stable code, an English message, and per-field messages. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.optional(z.record(z.string(), z.array(z.string()))),
    /** With 429 answers: how long until the next attempt may succeed. */
    retryAfterSeconds: z.optional(z.int()),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
