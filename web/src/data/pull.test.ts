import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, type PullResponse } from '../../../shared/sync/index.ts';
import { db } from './db.ts';
import { pullGroup, resetPullGroup, type PullGroup } from './pull.ts';

const GROUP: PullGroup = { name: 'catalog', collections: ['partners', 'measures'] };
const partner = (n: number) => ({
  id: `p${n}`,
  name: `Partner ${n}`,
  kind: 'other',
  region: 'nrw',
  seat: '',
  website: null,
  version: 1,
});

/** A fake server of `count` partners, served in pages of `size`; records the requests and their timing. */
function server(count: number, size: number, { failAt = -1, log = [] as string[] } = {}) {
  const requests: { cursor: number }[] = [];
  const fetcher = (async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://x');
    const after = decodeCursor(url.searchParams.get('cursor') ?? '') ?? 0;
    requests.push({ cursor: after });
    log.push(`fetch ${after}`);
    if (requests.length - 1 === failAt) throw new TypeError('network down');
    const records = Array.from({ length: Math.min(size, count - after) }, (_, i) => partner(after + i + 1));
    const body: PullResponse = {
      cursor: encodeCursor(after + records.length),
      more: after + records.length < count,
      total: count - after,
      changes: { partners: { upserts: records, deletes: [] }, measures: { upserts: [], deletes: [] } },
    };
    return new Response(JSON.stringify(body), { headers: { ETag: `W/"${after}"` } });
  }) as typeof fetch;
  return { fetcher, requests };
}

beforeEach(async () => {
  await resetPullGroup(GROUP);
  await db.partners.clear();
  await db.measures.clear();
});

describe('pullGroup', () => {
  it('stores every page, fetching the next while writing one, and reports progress of the whole sync', async () => {
    const log: string[] = [];
    const { fetcher } = server(25, 10, { log });
    const outcome = await pullGroup(GROUP, (p) => log.push(`stored ${p.loaded}/${p.total}`), fetcher);
    expect(outcome).toEqual({ ok: true, changed: true });
    expect(await db.partners.count()).toBe(25);
    expect(log).toEqual(['fetch 0', 'fetch 10', 'stored 10/25', 'fetch 20', 'stored 20/25', 'stored 25/25']);
  });

  it('resumes after an interruption from the last stored page', async () => {
    const broken = server(25, 10, { failAt: 2 });
    expect(await pullGroup(GROUP, () => {}, broken.fetcher)).toEqual({ ok: false, reason: 'offline' });
    expect(await db.partners.count()).toBe(20);
    const healthy = server(25, 10);
    expect(await pullGroup(GROUP, () => {}, healthy.fetcher)).toEqual({ ok: true, changed: true });
    expect(healthy.requests.map((r) => r.cursor)).toEqual([20]);
    expect(await db.partners.count()).toBe(25);
  });
});
