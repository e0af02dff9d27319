import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/mini';
import { poolInputSchema, type PoolInput } from '../../shared/mediators/index.ts';
import { lockChangeLog } from '../db/changes.ts';
import type { Db } from '../db/client.ts';
import { poolValues } from '../mediators/pools-repository.ts';
import { ERASE_MEDIATORS } from '../mediators/pools-repository.ts';

const SEED_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pools.json');

const seedPoolSchema = z.object({ ...poolInputSchema.shape, id: z.string(), source: z.string() });
export type SeedPool = PoolInput & { id: string; source: string };

export async function readPoolSeed(): Promise<SeedPool[]> {
  const file = JSON.parse(await readFile(SEED_FILE, 'utf8'));
  return z.array(seedPoolSchema).parse(file.pools);
}

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

/**
 * Loads the seed pools like the catalog seed (load-seed.ts): skipped when unchanged; a pool whose
 * seed content changed is updated (edits made on the server win until then); seed pools no longer
 * in the file become tombstones together with their contacts.
 */
export async function loadPoolSeed(
  db: Db,
  seed?: SeedPool[],
): Promise<{ skipped: boolean; changed: number }> {
  const pools = seed ?? (await readPoolSeed());
  const seedHash = hashOf(pools);
  return db.transaction(async (tx) => {
    await lockChangeLog(tx);
    const stored = await tx.query<{ value: string }>(
      "select value from app_meta where key = 'pools_seed_hash'",
    );
    if (stored[0]?.value === seedHash) return { skipped: true, changed: 0 };
    let changed = 0;
    for (const pool of pools) {
      const rows = await tx.query(
        `insert into pools (id, partner_id, name, kind, languages, other_languages, modes, office_hours,
           office_hours_note, request_phone, request_email, request_url, region, area, lead_time, exclusions,
           costs, who_may_request, notes, last_confirmed, source, content_hash, seq)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
           $21, $22, nextval('change_seq'))
         on conflict (id) do update set partner_id = excluded.partner_id, name = excluded.name,
           kind = excluded.kind, languages = excluded.languages, other_languages = excluded.other_languages,
           modes = excluded.modes, office_hours = excluded.office_hours,
           office_hours_note = excluded.office_hours_note, request_phone = excluded.request_phone,
           request_email = excluded.request_email, request_url = excluded.request_url,
           region = excluded.region, area = excluded.area, lead_time = excluded.lead_time,
           exclusions = excluded.exclusions, costs = excluded.costs,
           who_may_request = excluded.who_may_request, notes = excluded.notes,
           last_confirmed = excluded.last_confirmed, source = excluded.source,
           content_hash = excluded.content_hash, deleted = false, version = pools.version + 1,
           seq = nextval('change_seq'), updated_at = now()
         where pools.content_hash <> excluded.content_hash or pools.deleted
         returning id`,
        [pool.id, ...poolValues(pool), pool.source, hashOf(pool)],
      );
      changed += rows.length;
    }
    const gone = await tx.query<{ id: string }>(
      `update pools set deleted = true, version = version + 1, seq = nextval('change_seq'), updated_at = now()
       where origin = 'seed' and not deleted and not (id = any($1)) returning id`,
      [pools.map((pool) => pool.id)],
    );
    if (gone.length) {
      await tx.query(`${ERASE_MEDIATORS} where pool_id = any($1) and not deleted`, [
        gone.map((row) => row.id),
      ]);
    }
    await tx.query(
      `insert into app_meta (key, value) values ('pools_seed_hash', $1)
       on conflict (key) do update set value = excluded.value`,
      [seedHash],
    );
    return { skipped: false, changed: changed + gone.length };
  });
}
