import { Hono } from 'hono';
import { z } from 'zod/mini';
import type { PushResponse } from '../../shared/sync/index.ts';
import type { AppEnv } from '../app-env.ts';
import { applyPushOps } from '../db/activity-repository.ts';
import { readJson } from '../http/json-body.ts';
import { requireActivityWriter } from './activity-access.ts';

/** The envelope only: each op is validated on its own, so one bad op cannot block the others. */
const envelopeSchema = z.object({
  deviceId: z.string().check(z.minLength(1), z.maxLength(100)),
  ops: z.array(z.unknown()).check(z.minLength(1), z.maxLength(500)),
});

const logLine = (entry: object) => console.warn(JSON.stringify(entry));

export const pushRoutes = new Hono<AppEnv>().post('/push', async (c) => {
  const denied = requireActivityWriter(c);
  if (denied) return denied;
  // A push larger than the API's body limit gets 413; the device then sends smaller batches.
  const parsed = await readJson(c, envelopeSchema);
  if (!parsed.ok) return parsed.response;
  const ctx = { user: c.get('user')!, deviceId: parsed.data.deviceId, log: logLine };
  const db = c.get('db');
  // In order, one transaction each: a later op on the same entry builds on the earlier one.
  const results = await applyPushOps(db, parsed.data.ops, ctx);
  return c.json({ results } satisfies PushResponse);
});
