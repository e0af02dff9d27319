import { reportingYearOf } from '../../../shared/catalog/reporting-year.ts';
import type { ActivityState, FieldErrorCodes } from '../../../shared/activities/index.ts';
import type { PushResult } from '../../../shared/sync/index.ts';
import type { LocalActivity, OutboxOp } from './activity-types.ts';
import { db } from './db.ts';
import { opsOf, refreshSyncState } from './outbox.ts';

export interface ResultCounts {
  applied: number;
  duplicate: number;
  conflict: number;
  rejected: number;
}

/**
 * Applies the server's answers to a sent batch, in one transaction:
 * - applied / duplicate: the op leaves the outbox and the entry takes the server's version; when
 *   the server's record has moved on since (a duplicate reports it) and nothing else waits, the
 *   entry takes the server's record;
 * - conflict: the op stays, marked, with the server's record, until the user decides;
 * - rejected: the op stays, marked, with the field errors, unless a later change of the same entry
 *   already waits, which then supersedes it (every upsert carries the whole entry).
 * An op without an answer stays as it is and is sent again.
 */
export async function applyResults(sent: OutboxOp[], results: PushResult[]): Promise<ResultCounts> {
  const counts: ResultCounts = { applied: 0, duplicate: 0, conflict: 0, rejected: 0 };
  const byOpId = new Map(results.map((result) => [result.opId, result]));
  await db.transaction('rw', db.outbox, db.activities, async () => {
    for (const op of sent) {
      const result = byOpId.get(op.opId);
      const fresh = await db.outbox.where('opId').equals(op.opId).first();
      if (!result || !fresh) continue;
      counts[result.status] += 1;
      if (result.status === 'applied' || result.status === 'duplicate') {
        await acknowledge(fresh, result);
      } else if (result.status === 'conflict') {
        await db.outbox.update(fresh.seq!, { state: 'conflict', current: result.current as ActivityState });
      } else {
        await reject(fresh, result);
      }
      await refreshSyncState(fresh.recordId);
    }
  });
  return counts;
}

async function acknowledge(op: OutboxOp, result: PushResult) {
  await db.outbox.delete(op.seq!);
  const record = await db.activities.get(op.recordId);
  if (!record) return;
  const version = result.version ?? record.version;
  const current = result.current as ActivityState | undefined;
  const othersWaiting = (await opsOf(op.recordId)).length > 0;
  if (current && current.version > version && !othersWaiting) {
    await adoptServerRecord(record, current);
    return;
  }
  await db.activities.update(record.id, { version });
}

async function reject(op: OutboxOp, result: PushResult) {
  const later = (await opsOf(op.recordId)).filter((other) => other.seq! > op.seq!);
  if (later[0]) {
    await db.outbox.update(later[0].seq!, { before: op.before });
    await db.outbox.delete(op.seq!);
    return;
  }
  await db.outbox.update(op.seq!, { state: 'rejected', errors: (result.errors ?? {}) as FieldErrorCodes });
}

/** Replaces the device's copy of an entry with the server's (a tombstone stays as a local tombstone). */
export async function adoptServerRecord(local: LocalActivity | undefined, server: ActivityState) {
  const { deleted, ...rest } = server;
  if (deleted && !local) return;
  await db.activities.put({
    ...rest,
    reportingYear: rest.reportingYear ?? reportingYearOf(rest.date),
    deleted: deleted ? 1 : 0,
    sync: 'synced',
  });
}
