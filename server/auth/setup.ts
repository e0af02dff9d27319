import type { Db } from '../db/client.ts';
import { newToken, tokenId, looksLikeToken } from './tokens.ts';
import { createUser, type NewUser } from './users-repository.ts';

/**
 * The first-start setup link: while no enabled admin exists, every server start creates a fresh
 * one-time token (valid SETUP_HOURS) and prints the link; accepting it creates the first admin.
 * Once an admin exists, no link is printed and every setup token is refused.
 */
export const SETUP_HOURS = 24;
const SETUP_LOCK = 741_004;

async function hasAdmin(db: { query: Db['query'] }): Promise<boolean> {
  const rows = await db.query(`select 1 from users where role = 'admin' and not disabled limit 1`);
  return rows.length > 0;
}

/** Returns a new setup token if the database has no admin yet, otherwise null. */
export async function issueSetupTokenIfNeeded(db: Db): Promise<string | null> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [SETUP_LOCK]);
    if (await hasAdmin(tx)) return null;
    await tx.query('delete from setup_tokens where expires_at < now() or used_at is not null');
    const token = newToken();
    await tx.query(
      `insert into setup_tokens (id, expires_at) values ($1, now() + make_interval(hours => $2))`,
      [tokenId(token), SETUP_HOURS],
    );
    return token;
  });
}

export type SetupOutcome =
  | { ok: true; userId: string }
  | { ok: false; reason: 'invalid_token' | 'token_expired' | 'token_used' | 'setup_done' | 'email_taken' };

/** Creates the first admin with a valid setup token; the token is used up in the same transaction. */
export function completeSetup(
  db: Db,
  token: string,
  account: Omit<NewUser, 'role' | 'partnerId'>,
): Promise<SetupOutcome> {
  if (!looksLikeToken(token)) return Promise.resolve({ ok: false, reason: 'invalid_token' });
  return db.transaction(async (tx): Promise<SetupOutcome> => {
    await tx.query('select pg_advisory_xact_lock($1)', [SETUP_LOCK]);
    const rows = await tx.query<{ expired: boolean; used: boolean }>(
      `select expires_at < now() as expired, used_at is not null as used from setup_tokens where id = $1`,
      [tokenId(token)],
    );
    const row = rows[0];
    if (!row) return { ok: false, reason: 'invalid_token' };
    if (row.used) return { ok: false, reason: 'token_used' };
    if (row.expired) return { ok: false, reason: 'token_expired' };
    if (await hasAdmin(tx)) return { ok: false, reason: 'setup_done' };
    const created = await createUser(tx, { ...account, role: 'admin', partnerId: null });
    if (!created.ok) return { ok: false, reason: 'email_taken' };
    await tx.query('update setup_tokens set used_at = now() where id = $1', [tokenId(token)]);
    return { ok: true, userId: created.id };
  });
}
