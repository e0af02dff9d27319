import { Hono } from 'hono';
import { z } from 'zod/mini';
import { categoryIdSchema } from '../../shared/catalog/index.ts';
import type { AppEnv } from '../app-env.ts';
import { deleteMeasure, updateMeasure } from '../db/catalog-repository.ts';
import { lockChangeLog } from '../db/changes.ts';
import type { Db } from '../db/client.ts';
import { fieldErrors, jsonError } from '../http/errors.ts';

/**
 * TEST ONLY — mounted under /api/test by createApp only when NODE_ENV=test (server/config.ts).
 * The end-to-end tests change the catalog of the running server through it, because the e2e
 * server's PGlite database belongs to that process alone. The admin routes of the accounts
 * feature replace it for real edits; nothing in the app calls it.
 */
const bodySchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('update'),
    titleDe: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
    summaryDe: z.optional(z.string().check(z.maxLength(4000))),
    summaryEn: z.optional(z.string().check(z.maxLength(4000))),
    category: z.optional(categoryIdSchema),
  }),
  z.object({ action: z.literal('delete') }),
  /** Undoes a delete, so that a test leaves the shared e2e server's catalog as it found it. */
  z.object({ action: z.literal('restore') }),
]);

export const testHookRoutes = new Hono<AppEnv>().post('/measures/:id', async (c) => {
  const parsed = bodySchema.safeParse(await c.req.json().catch(() => null));
  if (!parsed.success) {
    return jsonError(
      c,
      400,
      'invalid_body',
      'Expected { action: update|delete|restore }.',
      fieldErrors(parsed.error),
    );
  }
  const db = c.get('db');
  const id = c.req.param('id');
  const { action, ...changes } = parsed.data;
  const done =
    action === 'update'
      ? await updateMeasure(db, id, changes)
      : action === 'delete'
        ? await deleteMeasure(db, id)
        : await restoreMeasure(db, id);
  if (!done) return jsonError(c, 404, 'not_found', `No measure ${id} to ${action}.`);
  return c.json({ ok: true, id, action });
});

async function restoreMeasure(db: Db, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockChangeLog(tx);
    const rows = await tx.query(
      `update measures set deleted = false, version = version + 1, seq = nextval('change_seq'), updated_at = now()
       where id = $1 and deleted returning id`,
      [id],
    );
    return rows.length > 0;
  });
}
