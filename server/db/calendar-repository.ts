import { randomUUID } from 'node:crypto';
import type { CalendarOverride, OverrideFields } from '../../shared/calendar/index.ts';
import { lockChangeLog } from './changes.ts';
import type { Db, Queryable } from './client.ts';

/** Admin overrides of the interreligious calendar (migration 0006); every write takes a change number. */

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));

/** A `calendar_overrides` row as the wire record (also the pull source's `toRecord`). */
export function overrideFromRow(row: Record<string, unknown>): CalendarOverride {
  return {
    id: row.id as string,
    holidayId: (row.holiday_id as string | null) ?? null,
    year: row.year as number,
    faith: row.faith as CalendarOverride['faith'],
    date: row.date as string,
    end: (row.end_date as string | null) ?? null,
    name: (row.names as Record<string, string> | null) ?? {},
    description: (row.descriptions as Record<string, string> | null) ?? {},
    sourceText: row.source_text as string,
    sourceUrl: (row.source_url as string | null) ?? null,
    approximate: row.approximate as boolean,
    version: row.version as number,
    updatedAt: iso(row.updated_at),
  };
}

/** Live overrides, optionally only those of the years [from, to]. */
export async function listOverrides(
  db: Queryable,
  years?: { from: number; to: number },
): Promise<CalendarOverride[]> {
  const rows = years
    ? await db.query(
        'select * from calendar_overrides where not deleted and year between $1 and $2 order by date, id',
        [years.from, years.to],
      )
    : await db.query('select * from calendar_overrides where not deleted order by date, id');
  return rows.map(overrideFromRow);
}

export async function getOverride(db: Queryable, id: string): Promise<CalendarOverride | null> {
  const rows = await db.query('select * from calendar_overrides where id = $1 and not deleted', [id]);
  return rows[0] ? overrideFromRow(rows[0]) : null;
}

/** The newest change number of any override (live or deleted): part of the calendar responses' ETag. */
export async function latestOverrideSeq(db: Queryable): Promise<number> {
  const rows = await db.query<{ seq: number }>('select coalesce(max(seq), 0) as seq from calendar_overrides');
  return rows[0]?.seq ?? 0;
}

export type WriteResult =
  | { ok: true; record: CalendarOverride }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'conflict'; current: CalendarOverride }
  | { ok: false; reason: 'duplicate'; existingId: string };

async function liveCorrectionOf(tx: Queryable, holidayId: string | null, exceptId: string | null) {
  if (holidayId === null) return null;
  const rows = await tx.query<{ id: string }>(
    'select id from calendar_overrides where holiday_id = $1 and not deleted and id <> $2',
    [holidayId, exceptId ?? ''],
  );
  return rows[0]?.id ?? null;
}

const values = (fields: OverrideFields) => [
  fields.holidayId,
  fields.year,
  fields.faith,
  fields.date,
  fields.end,
  JSON.stringify(fields.name),
  JSON.stringify(fields.description),
  fields.sourceText,
  fields.sourceUrl,
  fields.approximate,
];

export async function createOverride(
  db: Db,
  fields: OverrideFields,
  userId: string | null,
): Promise<WriteResult> {
  return db.transaction(async (tx) => {
    await lockChangeLog(tx);
    const existingId = await liveCorrectionOf(tx, fields.holidayId, null);
    if (existingId) return { ok: false, reason: 'duplicate', existingId };
    const id = `${fields.holidayId === null ? 'custom' : 'fix'}-${randomUUID()}`;
    const rows = await tx.query(
      `insert into calendar_overrides
         (id, holiday_id, year, faith, date, end_date, names, descriptions, source_text, source_url, approximate,
          updated_by, seq)
       values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10, $11, $12, nextval('change_seq'))
       returning *`,
      [id, ...values(fields), userId],
    );
    return { ok: true, record: overrideFromRow(rows[0]!) };
  });
}

/** Replaces an override; with `baseVersion`, a newer version on the server is a conflict. */
export async function updateOverride(
  db: Db,
  id: string,
  fields: OverrideFields,
  baseVersion: number | undefined,
  userId: string | null,
): Promise<WriteResult> {
  return db.transaction(async (tx) => {
    await lockChangeLog(tx);
    const current = await getOverride(tx, id);
    if (!current) return { ok: false, reason: 'not_found' };
    if (baseVersion !== undefined && baseVersion !== current.version)
      return { ok: false, reason: 'conflict', current };
    const existingId = await liveCorrectionOf(tx, fields.holidayId, id);
    if (existingId) return { ok: false, reason: 'duplicate', existingId };
    const rows = await tx.query(
      `update calendar_overrides set
         holiday_id = $2, year = $3, faith = $4, date = $5, end_date = $6, names = $7::jsonb,
         descriptions = $8::jsonb, source_text = $9, source_url = $10, approximate = $11, updated_by = $12,
         version = version + 1, seq = nextval('change_seq'), updated_at = now()
       where id = $1 and not deleted returning *`,
      [id, ...values(fields), userId],
    );
    return { ok: true, record: overrideFromRow(rows[0]!) };
  });
}

/** Deletion keeps a tombstone so that devices drop the override on their next pull. */
export async function deleteOverride(
  db: Db,
  id: string,
  baseVersion: number | undefined,
  userId: string | null,
): Promise<WriteResult> {
  return db.transaction(async (tx) => {
    await lockChangeLog(tx);
    const current = await getOverride(tx, id);
    if (!current) return { ok: false, reason: 'not_found' };
    if (baseVersion !== undefined && baseVersion !== current.version)
      return { ok: false, reason: 'conflict', current };
    await tx.query(
      `update calendar_overrides set deleted = true, updated_by = $2, version = version + 1,
         seq = nextval('change_seq'), updated_at = now()
       where id = $1`,
      [id, userId],
    );
    return { ok: true, record: { ...current, version: current.version + 1 } };
  });
}
