import type { Activity } from '../../../shared/activities/index.ts';
import type { LocalActivity } from './activity-types.ts';
import { db } from './db.ts';
import { pullGroup, resetPullGroup, type PullGroup, type PullOutcome } from './pull.ts';

/**
 * The partner's entries, pulled with their own cursor. An entry with changes still waiting in the
 * outbox is left alone: its push settles it (applied, or a conflict that shows both versions).
 */
export const ACTIVITIES_GROUP: PullGroup = {
  name: 'activities',
  collections: ['activities'],
  store: { tables: ['activities', 'outbox'], apply: (_c, upserts, deletes) => storeChanges(upserts as Activity[], deletes) },
};

async function storeChanges(upserts: Activity[], deletes: string[]) {
  const waiting = new Set<string>();
  await db.outbox.each((op) => waiting.add(op.recordId));
  const ids = [...upserts.map((a) => a.id), ...deletes];
  const locals = new Map<string, LocalActivity>();
  for (const local of await db.activities.bulkGet(ids)) if (local) locals.set(local.id, local);

  const puts: LocalActivity[] = [];
  for (const server of upserts) {
    const local = locals.get(server.id);
    if (waiting.has(server.id) || (local && local.version > server.version)) continue;
    puts.push({ ...server, deleted: 0, sync: 'synced' });
  }
  // A tombstone made on this device stays a while, so that its "undo" still works.
  const removals = deletes.filter((id) => !waiting.has(id) && locals.get(id) && !locals.get(id)!.deleted);
  if (puts.length) await db.activities.bulkPut(puts);
  if (removals.length) await db.activities.bulkDelete(removals);
}

export function pullActivities(fetcher?: typeof fetch): Promise<PullOutcome> {
  return pullGroup(ACTIVITIES_GROUP, () => {}, fetcher);
}

export function resetActivityPull(): Promise<void> {
  return resetPullGroup(ACTIVITIES_GROUP);
}
