import type { Measure } from '../../shared/catalog/index.ts';
import { lockChangeLog } from './changes.ts';
import type { Db } from './client.ts';

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
