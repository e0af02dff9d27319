import { uuidv7 } from '../../../shared/sync/index.ts';
import { db } from './db.ts';

const LOCK_NAME = 'vielfalt-activity-sync';
const LEASE_KEY = 'activities:syncLease';
const LEASE_MS = 30_000;
const owner = uuidv7();
let chain: Promise<unknown> = Promise.resolve();

interface LocksApi {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

function webLocks(): LocksApi | null {
  const nav = (globalThis as { navigator?: { locks?: LocksApi } }).navigator;
  return nav?.locks ?? null;
}

/**
 * Runs `work` as the only sync of this device: across tabs with the Web Locks API; where a browser
 * lacks it, with a lease in IndexedDB that expires if its tab dies. Within a tab, runs queue up.
 */
export function withSyncLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = webLocks();
  const run = locks ? () => locks.request(LOCK_NAME, work) : () => withLease(work);
  const result = chain.then(run, run);
  chain = result.catch(() => undefined);
  return result;
}

async function withLease<T>(work: () => Promise<T>): Promise<T> {
  while (!(await takeLease())) await sleep(250 + Math.random() * 500);
  const renew = setInterval(() => void takeLease(), LEASE_MS / 3);
  try {
    return await work();
  } finally {
    clearInterval(renew);
    await db.transaction('rw', db.meta, async () => {
      const lease = (await db.meta.get(LEASE_KEY))?.value as { owner: string } | undefined;
      if (lease?.owner === owner) await db.meta.delete(LEASE_KEY);
    });
  }
}

async function takeLease(): Promise<boolean> {
  return db.transaction('rw', db.meta, async () => {
    const lease = (await db.meta.get(LEASE_KEY))?.value as { owner: string; expires: number } | undefined;
    const now = Date.now();
    if (lease && lease.owner !== owner && lease.expires > now) return false;
    await db.meta.put({ key: LEASE_KEY, value: { owner, expires: now + LEASE_MS } });
    return true;
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
