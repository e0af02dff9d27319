import { onActivitiesChanged } from './activity-events.ts';
import { refreshActivityCounts } from './activity-status.ts';
import { configureActivitySync, syncActivitiesOnce, type ActivitySyncConfig } from './activity-sync.ts';
import { purgeOldTombstones } from './conflicts.ts';
import { createSyncScheduler, type SyncReason } from './sync-scheduler.ts';

let scheduler: ReturnType<typeof createSyncScheduler> | null = null;

/**
 * Starts the activity sync of this tab (DESIGN.md §5): at app start, after each saved change
 * (debounced), when the connection returns, when the app becomes visible again, and on retries
 * with backoff. Failed pushes are also queued by the service worker's Background Sync, where the
 * browser has it; the op ids make such a late replay harmless.
 */
export function startActivitySync(config: ActivitySyncConfig): () => void {
  configureActivitySync(config);
  scheduler?.stop();
  const own = createSyncScheduler(syncActivitiesOnce);
  scheduler = own;
  void refreshActivityCounts();
  void purgeOldTombstones();
  own.request('start');

  const online = () => own.request('online');
  const visible = () => {
    if (document.visibilityState === 'visible') own.request('visible');
  };
  window.addEventListener('online', online);
  document.addEventListener('visibilitychange', visible);
  const unsubscribe = onActivitiesChanged((origin) => {
    void refreshActivityCounts();
    if (origin === 'local-edit') own.request('edit');
  });
  return () => {
    own.stop();
    window.removeEventListener('online', online);
    document.removeEventListener('visibilitychange', visible);
    unsubscribe();
    if (scheduler === own) scheduler = null;
  };
}

/** Asks for a sync now (the "sync now" button, or after signing in). */
export function requestActivitySync(reason: SyncReason = 'manual') {
  scheduler?.request(reason);
}
