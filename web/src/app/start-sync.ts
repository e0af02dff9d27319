import {
  countUnsyncedEntries,
  currentUser,
  onActivitiesChanged,
  onSessionChange,
  registerPendingWork,
  requestActivitySync,
  startActivitySync,
  syncActivitiesOnce,
  onCatalogChanged,
  pullCatalog,
  restoreLastSync,
  restoreSession,
  verifySession,
} from '../data/index.ts';
import { queryClient } from './query-client.ts';

const MIN_INTERVAL_MS = 3 * 60_000;
let lastPull = 0;

function pullIfDue(force = false) {
  if (!navigator.onLine) return;
  if (!force && Date.now() - lastPull < MIN_INTERVAL_MS) return;
  lastPull = Date.now();
  void pullCatalog();
}

/** Catalog freshness: on start, on regaining the connection, and when the app becomes visible. */
export function startCatalogSync() {
  onCatalogChanged(() => void queryClient.invalidateQueries({ queryKey: ['catalog'] }));
  void restoreLastSync();
  void restoreSession();
  pullIfDue(true);
  window.addEventListener('online', () => {
    pullIfDue(true);
    void verifySession();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') pullIfDue();
  });
}

/**
 * The officer's entries: pushed and pulled by the data layer's engine for whoever is signed in,
 * counted for the sign-out warning, and refreshed on screen whenever they change.
 */
export function startActivitySyncInApp() {
  startActivitySync({ user: currentUser });
  onSessionChange((next, previous) => {
    if (next.status === 'signed-in' && next.user.id !== previous.user?.id) requestActivitySync('start');
  });
  registerPendingWork({
    name: 'activities',
    count: countUnsyncedEntries,
    sync: async () => {
      await syncActivitiesOnce();
    },
  });
  onActivitiesChanged(() => void queryClient.invalidateQueries({ queryKey: ['activities'] }));
}
