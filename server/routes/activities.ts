import { Hono, type Context } from 'hono';
import { z } from 'zod/mini';
import { uuidv7, type PushResult } from '../../shared/sync/index.ts';
import type { AppEnv } from '../app-env.ts';
import { applyPushOp } from '../db/activity-repository.ts';
import { getActivity, listActivities, mayReadPartner } from '../db/activity-reads.ts';
import { fieldErrors, jsonError } from '../http/errors.ts';
import { readJson } from '../http/json-body.ts';
import { requireActivityWriter } from './activity-access.ts';

const listQuerySchema = z.object({
  partnerId: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
  year: z.optional(z.coerce.number().check(z.int(), z.minimum(2000), z.maximum(2100))),
});
const versionSchema = z.coerce.number().check(z.int(), z.minimum(0));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * REST access to activity entries for officers (their partner) and admins (all partners). Writes go
 * through the same op pipeline as a device push, so the rules are the same; an `Idempotency-Key`
 * header (a UUID) makes a retried write safe.
 */
export const activityRoutes = new Hono<AppEnv>()
  .use('*', async (c, next) => requireActivityWriter(c) ?? next())
  .get('/', async (c) => {
    const user = c.get('user')!;
    const parsed = listQuerySchema.safeParse({
      partnerId: c.req.query('partnerId'),
      year: c.req.query('year'),
    });
    if (!parsed.success)
      return jsonError(c, 400, 'invalid_query', 'The query is malformed.', fieldErrors(parsed.error));
    const partnerId = parsed.data.partnerId ?? (user.role === 'admin' ? undefined : user.partnerId!);
    if (partnerId !== undefined && !mayReadPartner(user, partnerId)) {
      return jsonError(c, 403, 'forbidden_partner', 'You may only see the entries of your own partner.');
    }
    const activities = await listActivities(c.get('db'), { partnerId, reportingYear: parsed.data.year });
    return c.json({ activities: activities.map(({ deleted: _d, ...a }) => a) });
  })
  .get('/:id', async (c) => {
    const found = await getActivity(c.get('db'), c.req.param('id'));
    // Another partner's entry is answered like a missing one: its existence is not disclosed.
    if (!found || found.deleted || !mayReadPartner(c.get('user'), found.partnerId)) return notFound(c);
    const { deleted: _d, ...activity } = found;
    return c.json({ activity });
  })
  .post('/', async (c) => {
    const body = await jsonBody(c);
    if (body instanceof Response) return body;
    const data = { ...body, id: typeof body.id === 'string' ? body.id : uuidv7() };
    return answer(c, data.id, await write(c, { kind: 'upsert', id: data.id, baseVersion: null, data }), 201);
  })
  .put('/:id', async (c) => {
    const body = await jsonBody(c);
    if (body instanceof Response) return body;
    const { version, ...data } = body;
    const base = versionSchema.safeParse(version);
    if (!base.success)
      return jsonError(c, 400, 'invalid_input', 'The entry is invalid.', { version: ['required'] });
    const id = c.req.param('id');
    return answer(c, id, await write(c, { kind: 'upsert', id, baseVersion: base.data, data }), 200);
  })
  .delete('/:id', async (c) => {
    const base = versionSchema.safeParse(c.req.query('version'));
    if (!base.success)
      return jsonError(c, 400, 'invalid_input', 'Say which version you delete.', { version: ['required'] });
    const existing = await getActivity(c.get('db'), c.req.param('id'));
    if (!existing || existing.deleted || !mayReadPartner(c.get('user'), existing.partnerId))
      return notFound(c);
    return answer(
      c,
      existing.id,
      await write(c, { kind: 'delete', id: existing.id, baseVersion: base.data }),
      200,
    );
  });

const notFound = (c: Context<AppEnv>) => jsonError(c, 404, 'not_found', 'There is no such entry.');

const objectBody = z.record(z.string(), z.unknown());

/** The body as an object (415 for a non-JSON type, 400 for malformed JSON); the op pipeline validates it. */
async function jsonBody(c: Context<AppEnv>): Promise<Record<string, unknown> | Response> {
  const parsed = await readJson(c, objectBody);
  return parsed.ok ? parsed.data : parsed.response;
}

function write(
  c: Context<AppEnv>,
  op: { kind: 'upsert' | 'delete'; id: string; baseVersion: number | null; data?: unknown },
) {
  const key = c.req.header('Idempotency-Key');
  const opId = key && UUID.test(key) ? key : uuidv7();
  const deviceId = `rest:${c.get('user')!.id}`;
  return applyPushOp(c.get('db'), { opId, entity: 'activity', ...op }, { user: c.get('user')!, deviceId });
}

async function answer(c: Context<AppEnv>, id: string, result: PushResult, okStatus: 200 | 201) {
  if (result.status === 'rejected') {
    const forbidden = Object.values(result.errors ?? {}).some((codes) => codes.includes('forbidden_partner'));
    return forbidden
      ? jsonError(
          c,
          403,
          'forbidden_partner',
          'You may only change the entries of your own partner.',
          result.errors,
        )
      : jsonError(c, 400, 'invalid_input', 'The entry is invalid.', result.errors);
  }
  if (result.status === 'conflict') {
    return c.json(
      {
        error: { code: 'conflict', message: 'The entry was changed in the meantime.' },
        current: result.current,
      },
      409,
    );
  }
  const current = await getActivity(c.get('db'), id);
  if (!current) return c.json({ deleted: true, version: result.version }, okStatus);
  const { deleted, ...activity } = current;
  return deleted
    ? c.json({ deleted: true, version: current.version }, okStatus)
    : c.json({ activity }, okStatus);
}
