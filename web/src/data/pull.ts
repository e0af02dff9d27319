import {
  pullResponseSchema,
  recordSchemas,
  type PullCollection,
  type PullResponse,
} from '../../../shared/sync/index.ts';
import { db, readMeta } from './db.ts';
import { isQuotaExceeded } from './storage-errors.ts';

/** Collections pulled together share one cursor; each collection is stored in the Dexie table of its name. */
export interface PullGroup {
  name: string;
  collections: readonly PullCollection[];
  /**
   * Stores a page's changes itself instead of mirroring them into the table of the collection's
   * name (activities keep the device's unsent edits); runs inside the page's transaction.
   */
  store?: {
    tables: readonly string[];
    apply(collection: PullCollection, upserts: unknown[], deletes: string[]): Promise<void>;
  };
}

export interface PullProgress {
  loaded: number;
  total: number;
}

export type PullOutcome =
  | { ok: true; changed: boolean }
  | { ok: false; reason: 'offline' | 'server' | 'quota' | 'unauthorised' };

const PAGE_SIZE = 1000;
const running = new Map<string, Promise<PullOutcome>>();

/** Pulls a group's changes page by page into IndexedDB; concurrent calls share one run. */
export function pullGroup(
  group: PullGroup,
  onProgress: (progress: PullProgress) => void = () => {},
  fetcher: typeof fetch = (...args) => fetch(...args),
): Promise<PullOutcome> {
  let run = running.get(group.name);
  if (!run) {
    run = runPull(group, onProgress, fetcher).finally(() => running.delete(group.name));
    running.set(group.name, run);
  }
  return run;
}

export async function resetPullGroup(group: PullGroup): Promise<void> {
  await db.meta.bulkDelete([`cursor:${group.name}`, `etag:${group.name}`, `lastSync:${group.name}`]);
}

export const lastSyncOf = (group: PullGroup) => readMeta<string>(`lastSync:${group.name}`);

async function runPull(
  group: PullGroup,
  onProgress: (progress: PullProgress) => void,
  fetcher: typeof fetch,
): Promise<PullOutcome> {
  const startCursor = (await readMeta<string>(`cursor:${group.name}`)) ?? '';
  const storedEtag = await readMeta<{ cursor: string; etag: string }>(`etag:${group.name}`);
  const fetchPage = (cursor: string) => {
    const query = new URLSearchParams({ collections: group.collections.join(','), limit: String(PAGE_SIZE) });
    if (cursor) query.set('cursor', cursor);
    const headers: HeadersInit = storedEtag?.cursor === cursor ? { 'If-None-Match': storedEtag.etag } : {};
    return fetcher(`/api/sync/pull?${query}`, { headers, credentials: 'same-origin' });
  };
  let cursor = startCursor;
  let request = fetchPage(cursor);
  let loaded = 0;
  try {
    for (;;) {
      const response = await request;
      if (response.status === 304) break;
      if (response.status === 401 || response.status === 403) return { ok: false, reason: 'unauthorised' };
      if (!response.ok) return { ok: false, reason: 'server' };
      const page = pullResponseSchema.parse(await response.json());
      // Fetch the next page while this one is written: network and IndexedDB work overlap.
      const next = page.more ? fetchPage(page.cursor) : null;
      next?.catch(() => undefined);
      loaded += await storePullPage(group, page, cursor, response.headers.get('ETag'));
      onProgress({ loaded, total: Math.max(page.total + loaded - countOf(page), loaded) });
      cursor = page.cursor;
      if (!next) break;
      request = next;
    }
    await db.meta.put({ key: `lastSync:${group.name}`, value: new Date().toISOString() });
    return { ok: true, changed: loaded > 0 };
  } catch (error) {
    if (isQuotaExceeded(error)) return { ok: false, reason: 'quota' };
    return { ok: false, reason: error instanceof TypeError ? 'offline' : 'server' };
  }
}

const countOf = (page: PullResponse) =>
  Object.values(page.changes).reduce((sum, c) => sum + (c ? c.upserts.length + c.deletes.length : 0), 0);

/** One transaction per page: the cursor moves only together with the page's records. */
export async function storePullPage(
  group: PullGroup,
  page: PullResponse,
  requestCursor: string,
  etag: string | null,
): Promise<number> {
  const tables = (group.store?.tables ?? group.collections).map((table) => db.table(table));
  let count = 0;
  await db.transaction('rw', [...tables, db.meta], async () => {
    for (const collection of group.collections) {
      const changes = page.changes[collection];
      if (!changes) continue;
      const schema = recordSchemas[collection];
      // A record this app version cannot read is skipped rather than failing the whole sync.
      const valid = changes.upserts.filter((record) => schema.safeParse(record).success);
      if (group.store) {
        await group.store.apply(collection, valid, changes.deletes);
      } else {
        if (valid.length) await db.table(collection).bulkPut(valid);
        if (changes.deletes.length) await db.table(collection).bulkDelete(changes.deletes);
      }
      count += changes.upserts.length + changes.deletes.length;
    }
    await db.meta.put({ key: `cursor:${group.name}`, value: page.cursor });
    if (etag && !page.more) await db.meta.put({ key: `etag:${group.name}`, value: { cursor: requestCursor, etag } });
  });
  return count;
}
