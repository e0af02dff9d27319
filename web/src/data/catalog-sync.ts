import { lastSyncOf, pullGroup, type PullGroup } from './pull.ts';
import { setSyncStatus } from './sync-status.ts';

export const CATALOG: PullGroup = { name: 'catalog', collections: ['partners', 'measures'] };

type Listener = () => void;
const changeListeners = new Set<Listener>();

/** Called after every pull that changed the device's catalog (used to refresh open screens). */
export function onCatalogChanged(listener: Listener): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/** Pulls the public catalog and reports progress and outcome to the shell's sync status. */
export async function pullCatalog(fetcher?: typeof fetch): Promise<boolean> {
  setSyncStatus({ phase: 'syncing', loaded: 0, total: 0, error: null });
  const outcome = await pullGroup(CATALOG, (progress) => setSyncStatus(progress), fetcher);
  if (!outcome.ok) {
    setSyncStatus({ phase: 'error', error: outcome.reason === 'quota' ? 'quota' : outcome.reason === 'offline' ? 'offline' : 'server' });
    return false;
  }
  setSyncStatus({ phase: 'idle', lastSyncedAt: (await lastSyncOf(CATALOG)) ?? null });
  if (outcome.changed) for (const listener of changeListeners) listener();
  return outcome.changed;
}

export async function restoreLastSync(): Promise<void> {
  const last = await lastSyncOf(CATALOG);
  if (last) setSyncStatus({ lastSyncedAt: last });
}
