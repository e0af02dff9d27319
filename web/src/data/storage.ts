import { db, readMeta } from './db.ts';

export type Persistence = 'persisted' | 'not-persisted' | 'unsupported';

export interface StorageState {
  persistence: Persistence;
  /** Bytes this site uses and may use, as the browser estimates them; null where it does not say. */
  usage: number | null;
  quota: number | null;
  /** When this app last asked for persistent storage and what the browser answered. */
  lastRequest: PersistRequest | null;
}

export interface PersistRequest {
  at: string;
  granted: boolean;
  reason: 'install' | 'sign-in' | 'user';
}

const REQUEST_KEY = 'storage:persistRequest';

const storageManager = (): StorageManager | null =>
  typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;

export async function readStorageState(): Promise<StorageState> {
  const storage = storageManager();
  const [persisted, estimate, lastRequest] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage?.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
    readMeta<PersistRequest>(REQUEST_KEY).catch(() => undefined),
  ]);
  return {
    persistence: persisted === null ? 'unsupported' : persisted ? 'persisted' : 'not-persisted',
    usage: estimate?.usage ?? null,
    quota: estimate?.quota ?? null,
    lastRequest: lastRequest ?? null,
  };
}

/**
 * Asks the browser to keep this site's data under storage pressure (DESIGN.md §4). Called after
 * the app is installed, after signing in (accounts feature), and from Settings. Never throws.
 */
export async function requestPersistentStorage(reason: PersistRequest['reason']): Promise<Persistence> {
  const storage = storageManager();
  if (!storage?.persist) return 'unsupported';
  let granted: boolean;
  try {
    granted = (await storage.persisted?.()) || (await storage.persist());
  } catch {
    granted = false;
  }
  await db.meta
    .put({ key: REQUEST_KEY, value: { at: new Date().toISOString(), granted, reason } satisfies PersistRequest })
    .catch(() => undefined);
  return granted ? 'persisted' : 'not-persisted';
}
