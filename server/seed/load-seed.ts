import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { categoryIdSchema, PARTNER_KINDS, REGIONS } from '../../shared/catalog/index.ts';
import type { Db, Queryable } from '../db/client.ts';
import { lockChangeLog } from '../db/changes.ts';

const SEED_DIR = path.dirname(fileURLToPath(import.meta.url));

const seedPartnerSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(PARTNER_KINDS),
  region: z.enum(REGIONS),
  seat: z.string(),
  website: z.string().nullable(),
});

const seedMeasureSchema = z.object({
  id: z.string(),
  partnerId: z.string(),
  category: categoryIdSchema,
  reportingYear: z.number().int(),
  line: z.number().int(),
  figures: z.array(z.string()),
  unit: z.string().optional(),
  titleDe: z.string().min(1),
  summaryDe: z.string(),
  summaryEn: z.string(),
});

export type SeedPartner = z.infer<typeof seedPartnerSchema>;
export type SeedMeasure = z.infer<typeof seedMeasureSchema>;

export interface Seed {
  partners: SeedPartner[];
  measures: SeedMeasure[];
}

/**
 * The project's seed (partners.json and measures.json beside this file), or — for benchmarks
 * only — one JSON file `{ partners, measures }` named by the environment variable SEED_FILE.
 */
export async function readSeed(seedFile = process.env.SEED_FILE): Promise<Seed> {
  let partnersFile: { partners: unknown };
  let measuresFile: unknown;
  if (seedFile) {
    const file = JSON.parse(await readFile(seedFile, 'utf8'));
    partnersFile = file;
    measuresFile = file.measures;
  } else {
    partnersFile = JSON.parse(await readFile(path.join(SEED_DIR, 'partners.json'), 'utf8'));
    measuresFile = JSON.parse(await readFile(path.join(SEED_DIR, 'measures.json'), 'utf8'));
  }
  return {
    partners: z.array(seedPartnerSchema).parse(partnersFile.partners),
    measures: z.array(seedMeasureSchema).parse(measuresFile),
  };
}

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

export interface SeedResult {
  skipped: boolean;
  partnersChanged: number;
  measuresChanged: number;
  removed: number;
}

/**
 * Loads the seed into the catalog. Idempotent: an unchanged seed is skipped by its hash, and a
 * changed seed touches (and re-announces to devices) only the records whose content changed.
 */
export async function loadSeed(db: Db, seed?: Seed): Promise<SeedResult> {
  const data = seed ?? (await readSeed());
  const seedHash = hashOf(data);
  return db.transaction(async (tx) => {
    await lockChangeLog(tx);
    const stored = await tx.query<{ value: string }>("select value from app_meta where key = 'seed_hash'");
    if (stored[0]?.value === seedHash)
      return { skipped: true, partnersChanged: 0, measuresChanged: 0, removed: 0 };

    let partnersChanged = 0;
    for (const p of data.partners) {
      partnersChanged += await upsert(
        tx,
        `insert into partners (id, name, kind, region, seat, website, content_hash, seq)
         values ($1, $2, $3, $4, $5, $6, $7, nextval('change_seq'))
         on conflict (id) do update set name = excluded.name, kind = excluded.kind, region = excluded.region,
           seat = excluded.seat, website = excluded.website, content_hash = excluded.content_hash,
           deleted = false, version = partners.version + 1, seq = nextval('change_seq'), updated_at = now()
         where partners.content_hash <> excluded.content_hash or partners.deleted
         returning id`,
        [p.id, p.name, p.kind, p.region, p.seat, p.website, hashOf(p)],
      );
    }
    let measuresChanged = 0;
    for (const m of data.measures) {
      measuresChanged += await upsert(
        tx,
        `insert into measures (id, partner_id, category, reporting_year, title_de, summary_de, summary_en,
           figures, unit, source_line, content_hash, seq)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, nextval('change_seq'))
         on conflict (id) do update set partner_id = excluded.partner_id, category = excluded.category,
           reporting_year = excluded.reporting_year, title_de = excluded.title_de,
           summary_de = excluded.summary_de, summary_en = excluded.summary_en, figures = excluded.figures,
           unit = excluded.unit, source_line = excluded.source_line, content_hash = excluded.content_hash,
           deleted = false, version = measures.version + 1, seq = nextval('change_seq'), updated_at = now()
         where measures.content_hash <> excluded.content_hash or measures.deleted
         returning id`,
        [
          m.id,
          m.partnerId,
          m.category,
          m.reportingYear,
          m.titleDe,
          m.summaryDe,
          m.summaryEn,
          JSON.stringify(m.figures),
          m.unit ?? null,
          m.line,
          hashOf(m),
        ],
      );
    }
    const removedMeasures = await tx.query(
      `update measures set deleted = true, version = version + 1, seq = nextval('change_seq'), updated_at = now()
       where origin = 'seed' and not deleted and not (id = any($1)) returning id`,
      [data.measures.map((m) => m.id)],
    );
    await tx.query(
      `insert into app_meta (key, value) values ('seed_hash', $1)
       on conflict (key) do update set value = excluded.value`,
      [seedHash],
    );
    return { skipped: false, partnersChanged, measuresChanged, removed: removedMeasures.length };
  });
}

async function upsert(tx: Queryable, sql: string, params: (string | number | null)[]): Promise<number> {
  return (await tx.query(sql, params)).length;
}
