import type { Queryable } from './client.ts';

/**
 * Every writer that assigns change sequence numbers first takes this transaction lock, so
 * sequence order equals commit order and a pull can never skip a change that commits late.
 */
const CHANGE_LOCK = 741_002;

export async function lockChangeLog(tx: Queryable): Promise<void> {
  await tx.query('select pg_advisory_xact_lock($1)', [CHANGE_LOCK]);
}
