import {
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
