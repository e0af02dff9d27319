import { contentOf, sameContent, type ActivityInput, type ActivityState } from '../../../shared/activities/index.ts';
import { uuidv7 } from '../../../shared/sync/index.ts';
import { reportingYearOf } from '../../../shared/catalog/reporting-year.ts';
import type { LocalActivity, OutboxOp } from './activity-types.ts';
import { notifyActivityWrite } from './activity-events.ts';
import { db } from './db.ts';
import { enqueue, opsOf, refreshSyncState } from './outbox.ts';
import { adoptServerRecord } from './push-results.ts';

export interface ConflictView {
  local: LocalActivity;
  /** The server's record as the conflict reported it (a tombstone when someone deleted the entry). */
  server: ActivityState;
  /** What this device wanted: change the entry, or delete it. */
  localKind: 'upsert' | 'delete';
}

export async function getConflict(id: string): Promise<ConflictView | null> {
  const local = await db.activities.get(id);
  const op = (await opsOf(id)).find((o) => o.state === 'conflict');
  if (!local || !op?.current) return null;
  return { local, server: op.current, localKind: op.kind };
}

/**
 * Settles a conflict with the content the user put together (per field from either version, or
 * all of one). The result builds on the server's version; nothing else of this entry waits.
 * `null` accepts the server's record as it is (including its deletion).
 */
export async function resolveConflict(id: string, chosen: ActivityInput | null): Promise<void> {
  await db.transaction('rw', db.activities, db.outbox, async () => {
    const ops = await opsOf(id);
    const server = ops.find((o) => o.state === 'conflict')?.current;
    if (!server) return;
    await db.outbox.bulkDelete(ops.map((o) => o.seq!));
    const local = await db.activities.get(id);
    await adoptServerRecord(local, server);
    if (chosen === null || (!server.deleted && sameContent(server, chosen))) return;
    const base = (await db.activities.get(id)) ?? null;
    await db.activities.put(toLocal({ ...chosen, id }, server.version, local?.createdBy ?? null));
    await enqueue(id, { kind: 'upsert', partnerId: chosen.partnerId, data: { ...chosen, id } }, base);
    await refreshSyncState(id);
  });
  notifyActivityWrite();
}

/** Keeps both: the server's record stays as it is, this device's version becomes a new entry. */
export async function keepBoth(id: string): Promise<string | null> {
  let copyId: string | null = null;
  await db.transaction('rw', db.activities, db.outbox, async () => {
    const ops = await opsOf(id);
    const conflict = ops.find((o) => o.state === 'conflict');
    const local = await db.activities.get(id);
    if (!conflict?.current || !local) return;
    await db.outbox.bulkDelete(ops.map((o) => o.seq!));
    await adoptServerRecord(local, conflict.current);
    if (conflict.kind === 'delete') return; // this device wanted it gone: nothing of its own to keep
    copyId = uuidv7();
    const copy = { ...contentOf(local), id: copyId };
    await db.activities.put(toLocal(copy, 0, local.createdBy));
    await enqueue(copyId, { kind: 'upsert', partnerId: copy.partnerId, data: copy }, null);
    await refreshSyncState(copyId);
  });
  notifyActivityWrite();
  return copyId;
}

/** The rejected change of an entry, with the server's field codes, or null. */
export async function rejectedChange(id: string): Promise<OutboxOp | null> {
  return (await opsOf(id)).find((o) => o.state === 'rejected') ?? null;
}

/** Discards a rejected change explicitly: the entry returns to what it was before that change. */
export async function discardRejected(id: string): Promise<void> {
  await db.transaction('rw', db.activities, db.outbox, async () => {
    const op = (await opsOf(id)).find((o) => o.state === 'rejected');
    if (!op) return;
    await db.outbox.delete(op.seq!);
    const now = await db.activities.get(id);
    // The content from before the change, on the server version the entry has reached since.
    if (op.before) await db.activities.put({ ...op.before, version: now?.version ?? op.before.version });
    else await db.activities.delete(id);
    await refreshSyncState(id);
  });
  notifyActivityWrite();
}

/** Local tombstones older than a day have served their "undo" and leave the device. */
export async function purgeOldTombstones(now = Date.now()): Promise<void> {
  const cutoff = new Date(now - 24 * 3600_000).toISOString();
  await db.activities
    .filter((a) => a.deleted === 1 && a.sync === 'synced' && a.updatedAt < cutoff)
    .delete();
}

function toLocal(entry: ActivityInput, version: number, createdBy: string | null): LocalActivity {
  return {
    ...entry,
    version,
    reportingYear: reportingYearOf(entry.date),
    createdBy,
    updatedAt: new Date().toISOString(),
    deleted: 0,
    sync: 'pending',
  };
}
