import { Hono } from 'hono';
import { userUpdateSchema } from '../../shared/auth/index.ts';
import type { AppEnv } from '../app-env.ts';
import { requireRole } from '../auth/guards.ts';
import { revokeAllSessions } from '../auth/sessions.ts';
import { countActiveAdmins, findUserById, listUsers, partnerExists } from '../auth/users-repository.ts';
import { jsonError } from '../http/errors.ts';
import { readJson } from '../http/json-body.ts';

/** Admin: the list of accounts; change role (and partner), rename, disable or enable. */
export const adminUserRoutes = new Hono<AppEnv>()
  .use(requireRole('admin'))
  .get('/', async (c) => c.json({ users: await listUsers(c.get('db')) }))
  .patch('/:id', async (c) => {
    const body = await readJson(c, userUpdateSchema);
    if (!body.ok) return body.response;
    const db = c.get('db');
    const current = await findUserById(db, c.req.param('id'));
    if (!current) return jsonError(c, 404, 'not_found', 'No such account.');

    const role = body.data.role ?? current.role;
    const partnerId = role === 'admin' ? null : (body.data.partnerId ?? current.partner_id);
    const disabled = body.data.disabled ?? current.disabled;
    if (role !== 'admin' && (partnerId === null || !(await partnerExists(db, partnerId)))) {
      return jsonError(c, 422, 'invalid_body', 'Choose the partner the account belongs to.', {
        partnerId: [partnerId === null ? 'required' : 'unknown_partner'],
      });
    }
    // The network must never be left without an administrator who can sign in.
    const losesAdmin = current.role === 'admin' && !current.disabled && (role !== 'admin' || disabled);
    if (losesAdmin && (await countActiveAdmins(db)) <= 1) {
      return jsonError(c, 409, 'last_admin', 'This is the last administrator; appoint another one first.');
    }

    await db.query(
      `update users set role = $2, partner_id = $3, disabled = $4, display_name = coalesce($5, display_name),
         updated_at = now() where id = $1`,
      [current.id, role, partnerId, disabled, body.data.displayName?.trim() ?? null],
    );
    // A disabled account is signed out everywhere at once; a changed role applies on the next
    // request anyway, since every request reads the user afresh.
    if (disabled && !current.disabled) await revokeAllSessions(db, current.id);
    const users = await listUsers(db);
    return c.json({ user: users.find((user) => user.id === current.id) });
  })
  .post('/:id/sign-out', async (c) => {
    const db = c.get('db');
    const user = await findUserById(db, c.req.param('id'));
    if (!user) return jsonError(c, 404, 'not_found', 'No such account.');
    return c.json({ sessionsEnded: await revokeAllSessions(db, user.id) });
  });
