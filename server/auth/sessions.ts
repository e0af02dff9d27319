import type { SessionUser } from '../../shared/auth/index.ts';
import type { Queryable } from '../db/client.ts';
import { newToken, tokenId, looksLikeToken } from './tokens.ts';

/**
 * Sessions live in the database (DESIGN.md §4: no state in the process), keyed by the SHA-256 of
 * the cookie's token. A session ends when it has not been used for IDLE_DAYS or ABSOLUTE_DAYS after
 * it began, whichever comes first; all times come from the database's clock, so every server
 * instance agrees.
 */
export const IDLE_DAYS = 14;
export const ABSOLUTE_DAYS = 90;
/** last_seen_at is written at most once per this many seconds per session, not on every request. */
const TOUCH_EVERY_SECONDS = 60;

export interface UserRow {
  id: string;
  email: string;
  display_name: string;
  role: SessionUser['role'];
  partner_id: string | null;
  disabled: boolean;
}

export const toSessionUser = (row: UserRow): SessionUser => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  role: row.role,
  partnerId: row.partner_id,
});

/** Creates a session and returns the token for the cookie; only its hash is stored. */
export async function createSession(db: Queryable, userId: string, userAgent = ''): Promise<string> {
  const token = newToken();
  await db.query(
    `insert into sessions (id, user_id, expires_at, user_agent)
     values ($1, $2, now() + make_interval(days => $3), $4)`,
    [tokenId(token), userId, ABSOLUTE_DAYS, userAgent.slice(0, 300)],
  );
  return token;
}

/** The session's user if the token names a live session of an enabled account; touches it. */
export async function lookupSession(
  db: Queryable,
  token: string | undefined,
): Promise<{ user: SessionUser; sessionId: string } | null> {
  if (!looksLikeToken(token)) return null;
  const id = tokenId(token);
  const rows = await db.query<UserRow & { stale: boolean }>(
    `select u.id, u.email, u.display_name, u.role, u.partner_id, u.disabled,
            s.last_seen_at < now() - make_interval(secs => $3) as stale
       from sessions s join users u on u.id = s.user_id
      where s.id = $1 and s.expires_at > now() and s.last_seen_at > now() - make_interval(days => $2)
        and not u.disabled`,
    [id, IDLE_DAYS, TOUCH_EVERY_SECONDS],
  );
  const row = rows[0];
  if (!row) return null;
  if (row.stale) await db.query('update sessions set last_seen_at = now() where id = $1', [id]);
  return { user: toSessionUser(row), sessionId: id };
}

export async function revokeSession(db: Queryable, sessionId: string): Promise<void> {
  await db.query('delete from sessions where id = $1', [sessionId]);
}

/** Signs a user out everywhere (also used when an account is disabled). */
export async function revokeAllSessions(db: Queryable, userId: string): Promise<number> {
  const rows = await db.query('delete from sessions where user_id = $1 returning id', [userId]);
  return rows.length;
}

/** Expired sessions are deleted now and then, by whichever instance happens to log someone in. */
export async function deleteExpiredSessions(db: Queryable): Promise<void> {
  await db.query(
    `delete from sessions where expires_at < now() or last_seen_at < now() - make_interval(days => $1)`,
    [IDLE_DAYS],
  );
}
