import type { Context } from 'hono';
import type { MeResponse } from '../../shared/auth/index.ts';
import type { AppEnv } from '../app-env.ts';
import { findUserById } from '../auth/users-repository.ts';
import { toSessionUser } from '../auth/sessions.ts';
import { jsonError } from '../http/errors.ts';
import { startSession } from '../auth/start-session.ts';

/** The answers for a token that cannot be used; "gone" ones are 410 so the screen can say why. */
export function tokenProblem(c: Context, reason: string) {
  switch (reason) {
    case 'token_expired':
      return jsonError(c, 410, reason, 'This link has expired.');
    case 'token_used':
      return jsonError(c, 410, reason, 'This link has already been used.');
    case 'token_revoked':
      return jsonError(c, 410, reason, 'This link has been withdrawn.');
    case 'setup_done':
      return jsonError(c, 410, reason, 'The first administrator already exists.');
    case 'email_taken':
      return jsonError(c, 422, 'invalid_body', 'Some fields are not valid.', { email: ['email_taken'] });
    case 'unknown_partner':
      return jsonError(c, 422, 'invalid_body', 'Some fields are not valid.', {
        partnerId: ['unknown_partner'],
      });
    default:
      return jsonError(c, 404, 'invalid_token', 'This link is not valid.');
  }
}

/** A new account is signed in at once. */
export async function signInNewAccount(c: Context<AppEnv>, userId: string) {
  await startSession(c, userId);
  const row = await findUserById(c.get('db'), userId);
  const body: MeResponse = { user: toSessionUser(row!) };
  return c.json(body, 201);
}
