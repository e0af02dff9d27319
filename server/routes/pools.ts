import { Hono, type Context } from 'hono';
import { z } from 'zod/mini';
import { mediatorInputSchema, poolInputSchema } from '../../shared/mediators/index.ts';
import type { AppEnv } from '../app-env.ts';
import { forbidden, mayManagePartner, requirePartnerScope, requireRole } from '../auth/guards.ts';
import { partnerExists } from '../auth/users-repository.ts';
import { jsonError } from '../http/errors.ts';
import { readJson } from '../http/json-body.ts';
import { MAX_IMPORT_ROWS, previewCsv } from '../mediators/csv-import.ts';
import { createMediators } from '../mediators/mediators-repository.ts';
import { confirmPool, createPool, deletePool, poolOwner, updatePool } from '../mediators/pools-repository.ts';

/**
 * Pools and their contacts are managed by the pool's coordinators — the officers of the partner
 * that owns the pool — and by admins (requirePartnerScope). Reading happens through the pull.
 */
const ownerOfPool = (c: Context<AppEnv>) => poolOwner(c.get('db'), c.req.param('id')!);

const importPreviewSchema = z.object({
  csv: z.string({ error: 'required' }).check(z.minLength(1, { error: 'required' }), z.maxLength(1_500_000)),
});
const importSchema = z.object({
  rows: z
    .array(mediatorInputSchema)
    .check(z.minLength(1, { error: 'required' }), z.maxLength(MAX_IMPORT_ROWS)),
});

async function checkPartner(c: Context<AppEnv>, partnerId: string) {
  if (!(await partnerExists(c.get('db'), partnerId))) {
    return jsonError(c, 422, 'invalid_body', 'Some fields are not valid.', {
      partnerId: ['unknown_partner'],
    });
  }
  if (!mayManagePartner(c.get('user'), partnerId)) return forbidden(c);
  return null;
}

export const poolRoutes = new Hono<AppEnv>()
  .post('/', requireRole('officer'), async (c) => {
    const body = await readJson(c, poolInputSchema);
    if (!body.ok) return body.response;
    const problem = await checkPartner(c, body.data.partnerId);
    if (problem) return problem;
    return c.json({ pool: await createPool(c.get('db'), body.data) }, 201);
  })
  .patch('/:id', requirePartnerScope(ownerOfPool), async (c) => {
    const body = await readJson(c, poolInputSchema);
    if (!body.ok) return body.response;
    // Moving a pool to another partner needs the right to manage that partner too.
    const problem = await checkPartner(c, body.data.partnerId);
    if (problem) return problem;
    const pool = await updatePool(c.get('db'), c.req.param('id'), body.data);
    return pool ? c.json({ pool }) : jsonError(c, 404, 'not_found', 'No such pool.');
  })
  .post('/:id/confirm', requirePartnerScope(ownerOfPool), async (c) =>
    c.json({ pool: await confirmPool(c.get('db'), c.req.param('id')) }),
  )
  .delete('/:id', requirePartnerScope(ownerOfPool), async (c) => {
    await deletePool(c.get('db'), c.req.param('id'));
    return c.body(null, 204);
  })
  .post('/:id/mediators', requirePartnerScope(ownerOfPool), async (c) => {
    const body = await readJson(c, mediatorInputSchema);
    if (!body.ok) return body.response;
    const [mediator] = await createMediators(c.get('db'), c.req.param('id'), [body.data], {
      userId: c.get('user')!.id,
    });
    return c.json({ mediator }, 201);
  })
  .post('/:id/mediators/import/preview', requirePartnerScope(ownerOfPool), async (c) => {
    const body = await readJson(c, importPreviewSchema);
    if (!body.ok) return body.response;
    const preview = previewCsv(body.data.csv);
    if (!preview.ok) {
      return jsonError(c, 422, 'invalid_csv', 'The file cannot be imported.', { csv: [preview.code] });
    }
    return c.json(preview);
  })
  .post('/:id/mediators/import', requirePartnerScope(ownerOfPool), async (c) => {
    // The confirmed rows from the preview, checked again: all are stored, or none.
    const body = await readJson(c, importSchema);
    if (!body.ok) return body.response;
    const created = await createMediators(c.get('db'), c.req.param('id'), body.data.rows, {
      userId: c.get('user')!.id,
    });
    return c.json({ imported: created.length }, 201);
  });
