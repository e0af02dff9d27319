import { Hono } from 'hono';
import { loginRequestSchema, type MeResponse } from '../../shared/auth/index.ts';
import type { ApiError } from '../../shared/errors.ts';
import type { AppEnv } from '../app-env.ts';
import { clientIp } from '../auth/client-ip.ts';
import { unauthenticated } from '../auth/guards.ts';
import { burnPasswordCheck, verifyPassword } from '../auth/password.ts';
import { beginLoginAttempt, recordLoginSuccess } from '../auth/rate-limit.ts';
import { clearSessionCookie, readSessionToken } from '../auth/session-cookie.ts';
import { startSession } from '../auth/start-session.ts';
import { deleteExpiredSessions, revokeAllSessions, revokeSession, toSessionUser } from '../auth/sessions.ts';
import { tokenId, looksLikeToken } from '../auth/tokens.ts';
import { findUserByEmail } from '../auth/users-repository.ts';
import { jsonError } from '../http/errors.ts';
import { readJson } from '../http/json-body.ts';

export const authRoutes = new Hono<AppEnv>()
  .post('/login', async (c) => {
    const body = await readJson(c, loginRequestSchema);
    if (!body.ok) return body.response;
    const { email, password } = body.data;
    const db = c.get('db');

    const ticket = await beginLoginAttempt(db, email, clientIp(c, c.get('settings').trustProxy));
    if (ticket.blocked) {
      c.header('Retry-After', String(ticket.retryAfterSeconds));
      const error: ApiError = {
        error: {
          code: 'rate_limited',
          message: `Too many failed sign-ins. Try again in ${Math.ceil(ticket.retryAfterSeconds / 60)} minutes.`,
          retryAfterSeconds: ticket.retryAfterSeconds,
        },
      };
      return c.json(error, 429);
    }

    const row = await findUserByEmail(db, email);
    if (!row) {
      await burnPasswordCheck(password);
      return jsonError(c, 401, 'invalid_credentials', 'E-mail address or password is wrong.');
    }
    if (!(await verifyPassword(password, { hash: row.password_hash, salt: row.password_salt }))) {
      return jsonError(c, 401, 'invalid_credentials', 'E-mail address or password is wrong.');
    }
    // Only someone who knows the password learns that the account is disabled.
    if (row.disabled) return jsonError(c, 403, 'account_disabled', 'This account has been disabled.');

    await recordLoginSuccess(db, ticket.attemptId, email);
    await deleteExpiredSessions(db);
    await startSession(c, row.id);
    const response: MeResponse = { user: toSessionUser(row) };
    return c.json(response);
  })
  .post('/logout', async (c) => {
    const token = readSessionToken(c);
    if (looksLikeToken(token)) await revokeSession(c.get('db'), tokenId(token));
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .post('/logout-all', async (c) => {
    const user = c.get('user');
    if (!user) return unauthenticated(c);
    await revokeAllSessions(c.get('db'), user.id);
    clearSessionCookie(c);
    return c.body(null, 204);
  })
  .get('/me', (c) => {
    const user = c.get('user');
    if (!user) return unauthenticated(c);
    c.header('Cache-Control', 'private, no-store');
    const response: MeResponse = { user };
    return c.json(response);
  });
