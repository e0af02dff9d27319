import type { PartnerUpdate } from '../../shared/catalog/index.ts';
import { lockChangeLog } from './changes.ts';
import type { Db } from './client.ts';

/**
 * An admin's edit of a partner. It takes a new change sequence number (under the change-log lock)
 * so every device gets it on its next pull; the seed's content hash is left alone, so the edit
 * survives restarts until the seed itself changes this partner (docs/decisions.md).
 */
export async function updatePartner(db: Db, id: string, changes: PartnerUpdate): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockChangeLog(tx);
    const rows = await tx.query(
      `update partners set
         name = coalesce($2, name), kind = coalesce($3, kind), region = coalesce($4, region),
         seat = coalesce($5, seat),
         website = case when $6::boolean then $7 else website end,
         version = version + 1, seq = nextval('change_seq'), updated_at = now()
       where id = $1 and not deleted returning id`,
      [
        id,
        changes.name ?? null,
        changes.kind ?? null,
        changes.region ?? null,
        changes.seat ?? null,
        changes.website !== undefined,
        changes.website ?? null,
      ],
    );
    return rows.length > 0;
  });
}
