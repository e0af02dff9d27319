import {
  countUnsyncedEntries,
  currentUser,
  onActivitiesChanged,
  registerPendingWork,
  requestActivitySync,
  startActivitySync,
  syncActivitiesOnce,
  onCatalogChanged,
  onMediatorDataChanged,
  onSessionChange,
  pullCatalog,
  pullMediatorData,
  restoreLastSync,
  restoreSession,
  verifySession,
} from '../data/index.ts';
import { queryClient } from './query-client.ts';

const MIN_INTERVAL_MS = 3 * 60_000;
let lastPull = 0;

async function pullIfDue(force = false) {
  if (!navigator.onLine) return;
  if (!force && Date.now() - lastPull < MIN_INTERVAL_MS) return;
  lastPull = Date.now();
  void pullCatalog();
  await verifySession();
  await pullMediatorData();
}

/**
 * Freshness of the device's data: on start, on regaining the connection, and when the app becomes
 * visible. The session is restored from the device first (works offline), then checked with the
 * server; contacts are pulled only while signed in, and after every sign-in.
 */
export function startCatalogSync() {
  onCatalogChanged(() => void queryClient.invalidateQueries({ queryKey: ['catalog'] }));
  onMediatorDataChanged(() => void queryClient.invalidateQueries({ queryKey: ['mediators'] }));
  onSessionChange((state, previous) => {
    void queryClient.invalidateQueries({ queryKey: ['mediators'] });
    if (
      state.status === 'signed-in' &&
      (previous.status !== 'signed-in' || previous.user.id !== state.user.id)
    ) {
      void pullMediatorData();
    }
  });
  void restoreLastSync();
  if (navigator.onLine) {
    lastPull = Date.now();
    void pullCatalog();
  }
  void restoreSession().then(() => pullMediatorData());
  window.addEventListener('online', () => void pullIfDue(true));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void pullIfDue();
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
