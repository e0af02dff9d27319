import type { Queryable, SqlParam } from '../db/client.ts';
import type { PullSource, RowScope } from './pull-source.ts';

export interface ScopedSource {
  source: PullSource;
  scope: 'all' | RowScope;
}

export interface ChangedRecord {
  collection: PullSource['collection'];
  seq: number;
  id: string;
  deleted: boolean;
  record: unknown;
}

/** The query over one source, with the cursor as $1, then `fixed` more parameters, then the scope's. */
function filtered(
  { source, scope }: ScopedSource,
  select: string,
  fixed: number,
  tail = '',
): [string, SqlParam[]] {
  if (scope === 'all') return [`select ${select} from ${source.table} where seq > $1${tail}`, []];
  const shifted = scope.where.replace(/\$(\d+)/g, (_all, n: string) => `$${Number(n) + 1 + fixed}`);
  return [`select ${select} from ${source.table} where seq > $1 and (${shifted})${tail}`, scope.params];
}

/** The newest sequence number visible to this request: the basis of the pull's ETag. */
export async function latestSeq(db: Queryable, sources: ScopedSource[]): Promise<number> {
  let latest = 0;
  for (const scoped of sources) {
    const [sql, params] = filtered(scoped, 'coalesce(max(seq), 0) as seq', 0);
    const rows = await db.query<{ seq: number }>(sql, [0, ...params]);
    latest = Math.max(latest, rows[0]?.seq ?? 0);
  }
  return latest;
}

export async function countChangesAfter(
  db: Queryable,
  sources: ScopedSource[],
  after: number,
): Promise<number> {
  let total = 0;
  for (const scoped of sources) {
    const [sql, params] = filtered(scoped, 'count(*) as n', 0);
    total += (await db.query<{ n: number }>(sql, [after, ...params]))[0]?.n ?? 0;
  }
  return total;
}

/** The first `limit` changes after `after`, across the collections, in sequence order. */
export async function changesAfter(
  db: Queryable,
  sources: ScopedSource[],
  after: number,
  limit: number,
): Promise<{ records: ChangedRecord[]; more: boolean }> {
  const found: ChangedRecord[] = [];
  for (const scoped of sources) {
    const [sql, params] = filtered(scoped, scoped.source.columns ?? '*', 1, ' order by seq limit $2');
    const rows = await db.query<Record<string, unknown>>(sql, [after, limit + 1, ...params]);
    for (const row of rows) {
      found.push({
        collection: scoped.source.collection,
        seq: row.seq as number,
        id: row.id as string,
        deleted: row.deleted as boolean,
        record: scoped.source.toRecord(row),
      });
    }
  }
  found.sort((a, b) => a.seq - b.seq);
  return { records: found.slice(0, limit), more: found.length > limit };
}
