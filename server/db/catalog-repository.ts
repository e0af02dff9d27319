import type { Measure, Partner } from '../../shared/catalog/index.ts';
import type { PullCollection } from '../../shared/sync/index.ts';
import { lockChangeLog } from './changes.ts';
import type { Db, Queryable } from './client.ts';

interface PartnerRow {
  id: string;
  name: string;
  kind: Partner['kind'];
  region: Partner['region'];
  seat: string;
  website: string | null;
  version: number;
  deleted: boolean;
  seq: number;
}

interface MeasureRow {
  id: string;
  partner_id: string;
  category: Measure['category'];
  reporting_year: number;
  title_de: string;
  summary_de: string;
  summary_en: string;
  figures: string[];
  unit: string | null;
  source_line: number | null;
  version: number;
  deleted: boolean;
  seq: number;
}

export interface ChangedRecord {
  collection: PullCollection;
  seq: number;
  id: string;
  deleted: boolean;
  record: Partner | Measure;
}

const toPartner = (row: PartnerRow): Partner => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  region: row.region,
  seat: row.seat,
  website: row.website,
  version: row.version,
});

const toMeasure = (row: MeasureRow): Measure => ({
  id: row.id,
  partnerId: row.partner_id,
  category: row.category,
  reportingYear: row.reporting_year,
  titleDe: row.title_de,
  summaryDe: row.summary_de,
  summaryEn: row.summary_en,
  figures: row.figures,
  unit: row.unit,
  sourceLine: row.source_line,
  version: row.version,
});

const TABLES: Record<PullCollection, string> = { partners: 'partners', measures: 'measures' };

export async function latestSeq(db: Queryable, collections: readonly PullCollection[]): Promise<number> {
  const parts = collections.map((c) => `select coalesce(max(seq), 0) as seq from ${TABLES[c]}`);
  const rows = await db.query<{ seq: number }>(
    `select max(seq) as seq from (${parts.join(' union all ')}) s`,
  );
  return rows[0]?.seq ?? 0;
}

export async function countChangesAfter(
  db: Queryable,
  collections: readonly PullCollection[],
  after: number,
): Promise<number> {
  const parts = collections.map((c) => `select count(*) as n from ${TABLES[c]} where seq > $1`);
  const rows = await db.query<{ n: number }>(
    `select sum(n)::int8 as n from (${parts.join(' union all ')}) s`,
    [after],
  );
  return rows[0]?.n ?? 0;
}

/** The first `limit` changes after `after`, across the collections, in sequence order. */
export async function changesAfter(
  db: Queryable,
  collections: readonly PullCollection[],
  after: number,
  limit: number,
): Promise<{ records: ChangedRecord[]; more: boolean }> {
  const found: ChangedRecord[] = [];
  for (const collection of collections) {
    const rows = await db.query<PartnerRow | MeasureRow>(
      `select * from ${TABLES[collection]} where seq > $1 order by seq limit $2`,
      [after, limit + 1],
    );
    for (const row of rows) {
      const record = collection === 'partners' ? toPartner(row as PartnerRow) : toMeasure(row as MeasureRow);
      found.push({ collection, seq: row.seq, id: row.id, deleted: row.deleted, record });
    }
  }
  found.sort((a, b) => a.seq - b.seq);
  return { records: found.slice(0, limit), more: found.length > limit };
}

export async function updateMeasure(
  db: Db,
  id: string,
  changes: Partial<Pick<Measure, 'titleDe' | 'summaryDe' | 'summaryEn' | 'category'>>,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockChangeLog(tx);
    const rows = await tx.query(
      `update measures set
         title_de = coalesce($2, title_de), summary_de = coalesce($3, summary_de),
         summary_en = coalesce($4, summary_en), category = coalesce($5, category),
         version = version + 1, seq = nextval('change_seq'), updated_at = now()
       where id = $1 and not deleted returning id`,
      [
        id,
        changes.titleDe ?? null,
        changes.summaryDe ?? null,
        changes.summaryEn ?? null,
        changes.category ?? null,
      ],
    );
    return rows.length > 0;
  });
}

/** Deletion keeps a tombstone so that devices learn of it on their next pull. */
export async function deleteMeasure(db: Db, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockChangeLog(tx);
    const rows = await tx.query(
      `update measures set deleted = true, version = version + 1, seq = nextval('change_seq'), updated_at = now()
       where id = $1 and not deleted returning id`,
      [id],
    );
    return rows.length > 0;
  });
}
