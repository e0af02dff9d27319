import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { readSessionToken, writeSessionCookie } from './session-cookie.ts';
import { createSession, revokeSession } from './sessions.ts';
import { looksLikeToken, tokenId } from './tokens.ts';

/** Starts a fresh session for a user, replacing any session the browser had (no fixation). */
export async function startSession(c: Context<AppEnv>, userId: string): Promise<void> {
  const db = c.get('db');
  const previous = readSessionToken(c);
  if (looksLikeToken(previous)) await revokeSession(db, tokenId(previous));
  const token = await createSession(db, userId, c.req.header('user-agent') ?? '');
  writeSessionCookie(c, token);
}
