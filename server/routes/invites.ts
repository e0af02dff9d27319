import { Hono } from 'hono';
import { accountRequestSchema, inviteCreateSchema, tokenRequestSchema } from '../../shared/auth/index.ts';
import type { AppEnv } from '../app-env.ts';
import { requireRole } from '../auth/guards.ts';
import {
  acceptInvite,
  createInvite,
  listInvites,
  previewInvite,
  revokeInvite,
} from '../auth/invites-repository.ts';
import { partnerExists } from '../auth/users-repository.ts';
import { jsonError } from '../http/errors.ts';
import { readJson } from '../http/json-body.ts';
import { signInNewAccount, tokenProblem } from './account-answers.ts';

/**
 * Invites by link. The token travels in the link's fragment (`/invite#<token>`) and in request
 * bodies, never in a URL path the server or a proxy would log (docs/decisions.md).
 */
export const inviteRoutes = new Hono<AppEnv>()
  .get('/', requireRole('admin'), async (c) => c.json({ invites: await listInvites(c.get('db')) }))
  .post('/', requireRole('admin'), async (c) => {
    const body = await readJson(c, inviteCreateSchema);
    if (!body.ok) return body.response;
    const { role, partnerId, note = '' } = body.data;
    const db = c.get('db');
    if (role === 'admin' && partnerId !== null) {
      return jsonError(c, 422, 'invalid_body', 'Administrators belong to no partner.', {
        partnerId: ['admin_has_no_partner'],
      });
    }
    if (role !== 'admin' && (partnerId === null || !(await partnerExists(db, partnerId)))) {
      return jsonError(c, 422, 'invalid_body', 'Choose the partner the account belongs to.', {
        partnerId: [partnerId === null ? 'required' : 'unknown_partner'],
      });
    }
    const created = await createInvite(db, {
      role,
      partnerId,
      note: note.trim(),
      createdBy: c.get('user')!.id,
    });
    return c.json(created, 201);
  })
  .delete('/:id', requireRole('admin'), async (c) => {
    const revoked = await revokeInvite(c.get('db'), c.req.param('id'));
    if (!revoked) return jsonError(c, 404, 'not_found', 'No open invite with this id.');
    return c.body(null, 204);
  })
  .post('/preview', async (c) => {
    const body = await readJson(c, tokenRequestSchema);
    if (!body.ok) return body.response;
    const found = await previewInvite(c.get('db'), body.data.token);
    if (!found.ok) return tokenProblem(c, found.reason);
    const { role, partnerId, expiresAt } = found.invite;
    // The invitee's device may not have the catalog yet: name the partner in the answer.
    const partner = partnerId
      ? await c.get('db').query<{ name: string }>('select name from partners where id = $1', [partnerId])
      : [];
    return c.json({ invite: { role, partnerId, partnerName: partner[0]?.name ?? null, expiresAt } });
  })
  .post('/accept', async (c) => {
    const body = await readJson(c, accountRequestSchema);
    if (!body.ok) return body.response;
    const { token, ...account } = body.data;
    const outcome = await acceptInvite(c.get('db'), token, account);
    if (!outcome.ok) return tokenProblem(c, outcome.reason);
    return signInNewAccount(c, outcome.userId);
  });
