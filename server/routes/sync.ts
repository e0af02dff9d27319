import { Hono } from 'hono';
import { decodeCursor, encodeCursor, pullQuerySchema, type PullResponse } from '../../shared/sync/index.ts';
import type { AppEnv } from '../app-env.ts';
import { fieldErrors, jsonError } from '../http/errors.ts';
import { changesAfter, countChangesAfter, latestSeq, type ScopedSource } from '../sync/pull-repository.ts';
import { PULL_SOURCES } from '../sync/sources.ts';

const DEFAULT_PAGE = 1000;

export const syncRoutes = new Hono<AppEnv>().get('/pull', async (c) => {
  const parsed = pullQuerySchema.safeParse({
    collections: c.req.query('collections') ?? 'partners,measures',
    cursor: c.req.query('cursor'),
    limit: c.req.query('limit'),
  });
  if (!parsed.success) {
    return jsonError(c, 400, 'invalid_query', 'The pull request is malformed.', fieldErrors(parsed.error));
  }
  const { collections, cursor, limit = DEFAULT_PAGE } = parsed.data;
  const after = decodeCursor(cursor);
  if (after === null) {
    return jsonError(c, 400, 'invalid_cursor', 'The cursor is not one this server issued.', {
      cursor: ['invalid cursor'],
    });
  }

  const user = c.get('user');
  const sources: ScopedSource[] = [];
  for (const collection of collections) {
    const source = PULL_SOURCES[collection];
    const scope = source.scope(user);
    if (scope === null) {
      return jsonError(c, user ? 403 : 401, 'forbidden_collection', `You may not pull "${collection}".`);
    }
    sources.push({ source, scope });
  }

  const db = c.get('db');
  const head = await latestSeq(db, sources);
  // The ETag names who asks, since scoped collections differ per user.
  const who = user ? `${user.id}:${user.role}:${user.partnerId ?? ''}` : 'public';
  const etag = `W/"${[collections.join('+'), after, limit, head, who].join('.')}"`;
  c.header('ETag', etag);
  c.header('Cache-Control', 'private, no-cache');
  c.header('Vary', 'Cookie');
  if (c.req.header('If-None-Match') === etag) return c.body(null, 304);

  const [{ records, more }, total] = await Promise.all([
    changesAfter(db, sources, after, limit),
    countChangesAfter(db, sources, after),
  ]);
  const changes: PullResponse['changes'] = {};
  for (const collection of collections) changes[collection] = { upserts: [], deletes: [] };
  for (const change of records) {
    const bucket = changes[change.collection]!;
    if (change.deleted) bucket.deletes.push(change.id);
    else bucket.upserts.push(change.record);
  }
  const last = records.at(-1)?.seq ?? Math.max(after, head);
  const body: PullResponse = { cursor: encodeCursor(last), more, total, changes };
  return c.json(body);
});
