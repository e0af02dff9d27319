import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod/mini';
import type { PushResponse } from '../../shared/sync/index.ts';
import type { AppEnv } from '../app-env.ts';
import { applyPushOp } from '../db/activity-repository.ts';
import { fieldErrors, jsonError } from '../http/errors.ts';
import { requireActivityWriter } from './activity-access.ts';

/** The envelope only: each op is validated on its own, so one bad op cannot block the others. */
const envelopeSchema = z.object({
  deviceId: z.string().check(z.minLength(1), z.maxLength(100)),
  ops: z.array(z.unknown()).check(z.minLength(1), z.maxLength(500)),
});

const logLine = (entry: object) => console.warn(JSON.stringify(entry));

export const pushRoutes = new Hono<AppEnv>().post(
  '/push',
  bodyLimit({
    maxSize: 8 * 1024 * 1024,
    onError: (c) => jsonError(c, 413, 'too_large', 'The push is larger than 8 MB; send fewer ops at once.'),
  }),
  async (c) => {
    const denied = requireActivityWriter(c);
    if (denied) return denied;
    const body: unknown = await c.req.json().catch(() => undefined);
    const parsed = envelopeSchema.safeParse(body);
    if (!parsed.success) {
      return jsonError(c, 400, 'invalid_push', 'The push request is malformed.', fieldErrors(parsed.error));
    }
    const ctx = { user: c.get('user')!, deviceId: parsed.data.deviceId, log: logLine };
    const db = c.get('db');
    const results: PushResponse['results'] = [];
    // In order, one transaction each: a later op on the same entry builds on the earlier one.
    for (const op of parsed.data.ops) results.push(await applyPushOp(db, op, ctx));
    return c.json({ results } satisfies PushResponse);
  },
);
