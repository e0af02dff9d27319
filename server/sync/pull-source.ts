import type { SessionUser } from '../../shared/auth/index.ts';
import type { PullCollection } from '../../shared/sync/index.ts';
import type { SqlParam } from '../db/client.ts';

/** A filter on the source's table, with its own placeholders numbered from $1. */
export interface RowScope {
  where: string;
  params: SqlParam[];
}

/**
 * How one pull collection is read: its table (with `id`, `seq` and `deleted` columns), how a row
 * becomes the wire record, and what the asking user may see of it.
 */
export interface PullSource {
  collection: PullCollection;
  table: string;
  /** The select list of a changed row; `*` unless a source needs casts (dates as text, say). */
  columns?: string;
  toRecord(row: Record<string, unknown>): unknown;
  /** 'all' for everyone's rows, a scope for some rows, or null when the user may not pull this at all. */
  scope(user: SessionUser | null): 'all' | RowScope | null;
}
