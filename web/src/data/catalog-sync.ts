import { invalidateCatalogSnapshot } from './catalog-snapshot.ts';
import { lastSyncOf, pullGroup, type PullGroup } from './pull.ts';
import { getSyncStatus, setSyncStatus } from './sync-status.ts';

export const CATALOG: PullGroup = { name: 'catalog', collections: ['partners', 'measures'] };

type Listener = () => void;

/** How often open screens re-read the catalog while a first sync is still writing it. */
const FIRST_SYNC_REFRESH_MS = 2000;
const changeListeners = new Set<Listener>();

// Tabs of the app share one IndexedDB: a pull in one tells the others that their snapshot is stale.
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('vielfalt-catalog') : null;
channel?.addEventListener('message', () => catalogChanged(false));

function catalogChanged(broadcast: boolean) {
  invalidateCatalogSnapshot();
  if (broadcast) channel?.postMessage('changed');
  for (const listener of changeListeners) listener();
}

/** Called after every pull that changed the device's catalog (used to refresh open screens). */
export function onCatalogChanged(listener: Listener): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/** Pulls the public catalog and reports progress and outcome to the shell's sync status. */
export async function pullCatalog(fetcher?: typeof fetch): Promise<boolean> {
  const last = await lastSyncOf(CATALOG).catch(() => undefined);
  setSyncStatus({ phase: 'syncing', loaded: 0, total: 0, error: null, firstSync: !last, lastSyncedAt: last ?? null });
  let shownAt = Date.now();
  const outcome = await pullGroup(
    CATALOG,
    (progress) => {
      setSyncStatus(progress);
      // During a long first sync, open lists fill step by step instead of all at the end.
      if (!last && Date.now() - shownAt > FIRST_SYNC_REFRESH_MS) {
        shownAt = Date.now();
        catalogChanged(false);
      }
    },
    fetcher,
  );
  if (!outcome.ok) {
    setSyncStatus({
      phase: 'error',
      error: outcome.reason === 'quota' ? 'quota' : outcome.reason === 'offline' ? 'offline' : 'server',
    });
    // Whatever arrived before the failure is stored: show it.
    if (getSyncStatus().loaded > 0) catalogChanged(true);
    return false;
  }
  setSyncStatus({ phase: 'idle', lastSyncedAt: (await lastSyncOf(CATALOG)) ?? null });
  if (outcome.changed) catalogChanged(true);
  return outcome.changed;
}

export async function restoreLastSync(): Promise<void> {
  const last = await lastSyncOf(CATALOG);
  if (last) setSyncStatus({ lastSyncedAt: last });
}
