import type { Db } from '../db/client.ts';

/**
 * Login rate limiting, kept in the database so that every server instance counts the same
 * attempts. An account is locked after ACCOUNT_LIMIT failures within the window, an IP address
 * after IP_LIMIT failures (many accounts tried from one place). The lock lifts by itself once the
 * oldest counted failure leaves the window; the answer says when.
 */
export const WINDOW_MINUTES = 15;
export const ACCOUNT_LIMIT = 5;
export const IP_LIMIT = 30;
const LOCK_NAMESPACE = 741_003;

export type AttemptTicket =
  { blocked: false; attemptId: number } | { blocked: true; retryAfterSeconds: number };

/** The time until the limit-th most recent failure in the window ages out, or null if under the limit. */
async function secondsUntilFree(
  tx: { query: Db['query'] },
  column: 'email' | 'ip',
  value: string,
  limit: number,
): Promise<number | null> {
  const rows = await tx.query<{ wait: number }>(
    `select ceil(extract(epoch from attempted_at + make_interval(mins => $2) - now()))::int as wait
       from login_attempts
      where ${column} = $1 and not succeeded and attempted_at > now() - make_interval(mins => $2)
      order by attempted_at desc offset $3 limit 1`,
    [value, WINDOW_MINUTES, limit - 1],
  );
  return rows[0] ? Math.max(1, rows[0].wait) : null;
}

/**
 * Checks both limits and, if the attempt may go ahead, records it as a failure first: concurrent
 * guesses on two instances are each counted before any password is checked. The locks serialise
 * the check-and-record per account and per IP (always in that order, so they cannot deadlock).
 */
export function beginLoginAttempt(db: Db, email: string, ip: string): Promise<AttemptTicket> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [LOCK_NAMESPACE, `email:${email}`]);
    await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [LOCK_NAMESPACE, `ip:${ip}`]);
    const waits = [
      await secondsUntilFree(tx, 'email', email, ACCOUNT_LIMIT),
      await secondsUntilFree(tx, 'ip', ip, IP_LIMIT),
    ].filter((wait): wait is number => wait !== null);
    if (waits.length) return { blocked: true, retryAfterSeconds: Math.max(...waits) };
    const [row] = await tx.query<{ id: number }>(
      'insert into login_attempts (email, ip) values ($1, $2) returning id',
      [email, ip],
    );
    return { blocked: false, attemptId: row!.id };
  });
}

/** A successful sign-in clears the account's failures (not the IP's) and tidies old rows. */
export async function recordLoginSuccess(db: Db, attemptId: number, email: string): Promise<void> {
  await db.query('update login_attempts set succeeded = true where id = $1', [attemptId]);
  await db.query('delete from login_attempts where email = $1 and not succeeded', [email]);
  await db.query(`delete from login_attempts where attempted_at < now() - interval '1 day'`);
}
