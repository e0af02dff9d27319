import { useSyncExternalStore } from 'react';
import type { SyncFailure } from './push-client.ts';
import { db, readMeta } from './db.ts';

/** What the sync indicator shows about the officer's entries. */
export interface ActivitySyncStatus {
  /** Entries with changes that have not reached the server yet. */
  pending: number;
  /** Entries that need the user: a conflict or a rejected change. */
  attention: number;
  running: boolean;
  lastSuccessAt: string | null;
  error: SyncFailure | null;
  /** When the next automatic attempt is due after a failure (ms since epoch). */
  nextRetryAt: number | null;
}

const LAST_SUCCESS = 'activities:lastSuccess';
let status: ActivitySyncStatus = {
  pending: 0,
  attention: 0,
  running: false,
  lastSuccessAt: null,
  error: null,
  nextRetryAt: null,
};
const listeners = new Set<() => void>();

export function setActivityStatus(change: Partial<ActivitySyncStatus>) {
  status = { ...status, ...change };
  for (const listener of listeners) listener();
}

export function getActivityStatus(): ActivitySyncStatus {
  return status;
}

export async function recordSyncSuccess() {
  const now = new Date().toISOString();
  await db.meta.put({ key: LAST_SUCCESS, value: now });
  setActivityStatus({ lastSuccessAt: now, error: null, nextRetryAt: null });
}

/** Recounts waiting entries from the database (also after another tab changed them). */
export async function refreshActivityCounts() {
  const [pending, conflict, rejected, lastSuccessAt] = await Promise.all([
    db.activities.where('sync').equals('pending').count(),
    db.activities.where('sync').equals('conflict').count(),
    db.activities.where('sync').equals('rejected').count(),
    readMeta<string>(LAST_SUCCESS),
  ]);
  setActivityStatus({ pending, attention: conflict + rejected, lastSuccessAt: lastSuccessAt ?? null });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useActivitySyncStatus(): ActivitySyncStatus {
  return useSyncExternalStore(subscribe, getActivityStatus);
}
