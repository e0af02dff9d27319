import type { ActivityInput } from '../../../shared/activities/index.ts';
import { uuidv7, type PushOp } from '../../../shared/sync/index.ts';
import type { EntrySyncState, LocalActivity, OutboxOp } from './activity-types.ts';
import { db } from './db.ts';

/*
 * The outbox: every change of an entry becomes an op, in the order the changes were made. These
 * helpers run inside the caller's Dexie transaction, which also writes the entry itself, so an
 * entry and its op are stored together or not at all.
 */

export interface Change {
  kind: 'upsert' | 'delete';
  partnerId: string;
  data?: ActivityInput;
}

/** Ops of one entry, oldest first. */
export function opsOf(recordId: string): Promise<OutboxOp[]> {
  return db.outbox.where('recordId').equals(recordId).sortBy('seq');
}

/** An op that never left the device, or that the server refused, may still be rewritten. */
export function isRewritable(op: OutboxOp): boolean {
  return op.state === 'rejected' || (op.state === 'pending' && !op.sent);
}

/**
 * Adds a change to the outbox. A waiting op of the same entry that is still rewritable takes the
 * change instead (one op per burst of offline edits); an op that may have reached the server is
 * never touched, since the server may already have applied exactly that op.
 */
export async function enqueue(recordId: string, change: Change, before: LocalActivity | null): Promise<void> {
  const last = (await opsOf(recordId)).at(-1);
  if (last && isRewritable(last)) {
    await db.outbox.update(last.seq!, {
      opId: uuidv7(),
      kind: change.kind,
      partnerId: change.partnerId,
      data: change.data,
      state: 'pending',
      sent: false,
      errors: undefined,
      current: undefined,
      baseVersion: undefined,
      attempts: 0,
    });
    return;
  }
  await db.outbox.add({
    opId: uuidv7(),
    entity: 'activity',
    recordId,
    partnerId: change.partnerId,
    kind: change.kind,
    data: change.data,
    sent: false,
    state: 'pending',
    before,
    createdAt: new Date().toISOString(),
    attempts: 0,
  });
}

/** Drops the ops of an entry the server has never seen; true when there was nothing the server knew. */
export async function dropIfNeverSent(record: LocalActivity): Promise<boolean> {
  const ops = await opsOf(record.id);
  // A rejected op changed nothing on the server, so it counts as never sent here.
  if (record.version !== 0 || ops.some((op) => !isRewritable(op))) return false;
  await db.outbox.bulkDelete(ops.map((op) => op.seq!));
  return true;
}

/** The sync state an entry shows, derived from its waiting ops. */
export async function syncStateOf(recordId: string): Promise<EntrySyncState> {
  const ops = await opsOf(recordId);
  if (ops.length === 0) return 'synced';
  if (ops.some((op) => op.state === 'conflict')) return 'conflict';
  if (ops.some((op) => op.state === 'rejected')) return 'rejected';
  return 'pending';
}

export async function refreshSyncState(recordId: string): Promise<void> {
  const record = await db.activities.get(recordId);
  if (!record) return;
  const sync = await syncStateOf(recordId);
  if (record.sync !== sync) await db.activities.update(recordId, { sync });
}

/**
 * The next ops to send: only the oldest op of each entry (a later op builds on the version the
 * earlier one produces), none of an entry blocked by a conflict or rejection, at most `limit`.
 */
export async function nextBatch(limit: number, mayPush: (op: OutboxOp) => boolean): Promise<OutboxOp[]> {
  const seen = new Set<string>();
  const batch: OutboxOp[] = [];
  await db.outbox.orderBy('seq').until(() => batch.length >= limit).each((op) => {
    if (seen.has(op.recordId)) return;
    seen.add(op.recordId);
    if (op.state === 'pending' && mayPush(op)) batch.push(op);
  });
  return batch;
}

/**
 * Fixes each op's base version (the entry's server version now, which includes every earlier op of
 * it) and marks it sent, before the request leaves: from then on the op is never rewritten.
 */
export async function markSending(batch: OutboxOp[]): Promise<PushOp[]> {
  return db.transaction('rw', db.outbox, db.activities, async () => {
    const wire: PushOp[] = [];
    for (const op of batch) {
      const fresh = await db.outbox.get(op.seq!);
      if (!fresh || fresh.opId !== op.opId) continue; // rewritten or resolved meanwhile
      let baseVersion = fresh.baseVersion;
      if (baseVersion === undefined) {
        const version = (await db.activities.get(fresh.recordId))?.version ?? 0;
        baseVersion = version === 0 ? null : version;
      }
      await db.outbox.update(fresh.seq!, { baseVersion, sent: true, attempts: fresh.attempts + 1 });
      wire.push({
        opId: fresh.opId,
        kind: fresh.kind,
        entity: 'activity',
        id: fresh.recordId,
        baseVersion,
        ...(fresh.kind === 'upsert' ? { data: fresh.data } : {}),
      });
    }
    return wire;
  });
}
