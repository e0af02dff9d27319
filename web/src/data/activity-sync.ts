import type { SessionUser } from '../../../shared/auth/index.ts';
import { notifyActivitySync } from './activity-events.ts';
import { resetActivityPull, pullActivities } from './activity-pull.ts';
import { recordSyncSuccess, refreshActivityCounts, setActivityStatus } from './activity-status.ts';
import { setPushing } from './busy.ts';
import { db, readMeta } from './db.ts';
import { deviceId } from './device.ts';
import { pushOutbox, type SyncFailure } from './push-client.ts';
import { sessionEndedByServer } from './session.ts';
import { withSyncLock } from './push-lock.ts';

export type SyncRunOutcome = { ok: true } | { ok: false; reason: SyncFailure | 'signed-out' };

export interface ActivitySyncConfig {
  /** The signed-in user, or null. Only officers and admins sync activity entries. */
  user: () => SessionUser | null;
  /** `fetch` by default; tests and the chaos run put a flaky network in between. */
  fetcher?: typeof fetch;
  batchSize?: number;
}

let config: ActivitySyncConfig = { user: () => null };

export function configureActivitySync(next: ActivitySyncConfig) {
  config = next;
}

export function worksWithActivities(user: SessionUser | null): user is SessionUser {
  return !!user && (user.role === 'admin' || (user.role === 'officer' && !!user.partnerId));
}

/**
 * One sync run: push the outbox, then pull what changed on the server. Only one run at a time on
 * this device (across tabs). Never throws for network trouble; the outcome says what happened.
 */
export async function syncActivitiesOnce(): Promise<SyncRunOutcome> {
  const user = config.user();
  if (!worksWithActivities(user)) return { ok: false, reason: 'signed-out' };
  // Surely offline: do not even mark ops as sent (unsent ops can still take later edits).
  if ((globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine === false) return fail('offline');
  return withSyncLock(async () => {
    setPushing(true);
    setActivityStatus({ running: true });
    try {
      await ensurePullOwner(user);
      const push = await pushOutbox({
        deviceId: await deviceId(),
        mayPush: (op) => user.role === 'admin' || op.partnerId === user.partnerId,
        fetcher: config.fetcher,
        batchSize: config.batchSize,
      });
      if (!push.ok && push.reason === 'unauthorised') {
        // The server says the session has ended: the app shows the sign-in; the outbox stays.
        await sessionEndedByServer();
        return fail(push.reason);
      }
      if (!push.ok && (push.reason === 'offline' || push.reason === 'forbidden')) return fail(push.reason);
      const pull = await pullActivities(config.fetcher);
      if (pull.ok && pull.changed) notifyActivitySync();
      if (!push.ok) return fail(push.reason);
      if (!pull.ok) return fail(pull.reason);
      await recordSyncSuccess();
      return { ok: true } as const;
    } finally {
      await refreshActivityCounts().catch(() => undefined);
      setActivityStatus({ running: false });
      setPushing(false);
    }
  });
}

function fail(reason: SyncFailure): SyncRunOutcome {
  setActivityStatus({ error: reason });
  return { ok: false, reason };
}

/**
 * The activities cursor belongs to one user and partner. When someone else signs in on this
 * device, their pull starts from scratch and entries of another partner that are synced leave the
 * device; unsynced ones stay until they reach the server.
 */
async function ensurePullOwner(user: SessionUser) {
  const owner = `${user.id}|${user.role}|${user.partnerId ?? ''}`;
  if ((await readMeta<string>('activities:pullOwner')) === owner) return;
  await resetActivityPull();
  if (user.role !== 'admin') {
    await db.activities
      .where('sync')
      .equals('synced')
      .filter((a) => a.partnerId !== user.partnerId)
      .delete();
  }
  await db.meta.put({ key: 'activities:pullOwner', value: owner });
}
