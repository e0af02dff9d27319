import { useSyncExternalStore } from 'react';

export type SyncPhase = 'idle' | 'syncing' | 'error';

export interface SyncStatus {
  phase: SyncPhase;
  loaded: number;
  total: number;
  lastSyncedAt: string | null;
  error: 'offline' | 'server' | 'quota' | null;
  /** The device had no catalog when this sync started: the shell shows a full progress bar. */
  firstSync: boolean;
}

let status: SyncStatus = {
  phase: 'idle',
  loaded: 0,
  total: 0,
  lastSyncedAt: null,
  error: null,
  firstSync: false,
};
const listeners = new Set<() => void>();

export function setSyncStatus(change: Partial<SyncStatus>) {
  status = { ...status, ...change };
  for (const listener of listeners) listener();
}

export function getSyncStatus(): SyncStatus {
  return status;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(subscribe, getSyncStatus);
}

function subscribeOnline(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}
