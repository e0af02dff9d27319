import { Hono } from 'hono';
import { partnerUpdateSchema } from '../../shared/catalog/index.ts';
import type { AppEnv } from '../app-env.ts';
import { requireRole } from '../auth/guards.ts';
import { updatePartner } from '../db/partners-repository.ts';
import { partnersSource } from '../sync/catalog-sources.ts';
import { jsonError } from '../http/errors.ts';
import { readJson } from '../http/json-body.ts';

/** Admin: edit a partner's name, kind, region, seat and website. */
export const adminPartnerRoutes = new Hono<AppEnv>().use(requireRole('admin')).patch('/:id', async (c) => {
  const body = await readJson(c, partnerUpdateSchema);
  if (!body.ok) return body.response;
  const db = c.get('db');
  const id = c.req.param('id');
  if (!(await updatePartner(db, id, body.data))) return jsonError(c, 404, 'not_found', 'No such partner.');
  const rows = await db.query<Record<string, unknown>>('select * from partners where id = $1', [id]);
  return c.json({ partner: partnersSource.toRecord(rows[0]!) });
});
