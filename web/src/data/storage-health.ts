import { db } from './db.ts';

interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

const storage = (): StorageManagerLike | null =>
  (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator?.storage ?? null;

export interface StorageHealth {
  persisted: boolean | null;
  /** Share of the quota in use, 0…1, when the browser tells. */
  usage: number | null;
  /** When the oldest change still waiting for the server was made. */
  oldestPendingAt: string | null;
  /** The app should offer to save the unsynced entries as a file. */
  offerBackup: boolean;
}

const DAY_MS = 24 * 3600_000;
const PRESSURE = 0.8;

/** Storage pressure, or storage the browser may clear, with changes waiting longer than a day. */
export async function storageHealth(now = Date.now()): Promise<StorageHealth> {
  const manager = storage();
  const persisted = manager?.persisted ? await manager.persisted().catch(() => null) : null;
  let usage: number | null = null;
  const estimate = manager?.estimate ? await manager.estimate().catch(() => null) : null;
  if (estimate?.quota) usage = (estimate.usage ?? 0) / estimate.quota;
  const oldest = await db.outbox.orderBy('seq').first();
  const oldestPendingAt = oldest?.createdAt ?? null;
  const stale = oldestPendingAt !== null && now - Date.parse(oldestPendingAt) > DAY_MS;
  const pressured = (usage !== null && usage > PRESSURE) || persisted === false;
  return { persisted, usage, oldestPendingAt, offerBackup: stale && pressured };
}
