import { randomUUID } from 'node:crypto';
import type { Pool, PoolInput } from '../../shared/mediators/index.ts';
import { lockChangeLog } from '../db/changes.ts';
import type { Db, Queryable } from '../db/client.ts';
import { poolRecord } from './records.ts';

/** Columns in the order of `poolValues`; $1 is the id. */
const COLUMNS = `partner_id, name, kind, languages, other_languages, modes, office_hours, office_hours_note,
  request_phone, request_email, request_url, region, area, lead_time, exclusions, costs, who_may_request,
  notes, last_confirmed`;

export function poolValues(input: PoolInput) {
  return [
    input.partnerId,
    input.name,
    input.kind,
    JSON.stringify([...new Set(input.languages)]),
    input.otherLanguages,
    JSON.stringify([...new Set(input.modes)]),
    JSON.stringify(input.officeHours),
    input.officeHoursNote,
    input.requestPhone || null,
    input.requestEmail || null,
    input.requestUrl || null,
    input.region,
    input.area,
    input.leadTime,
    input.exclusions,
    input.costs,
    input.whoMayRequest,
    input.notes,
    input.lastConfirmed,
  ];
}

const PLACEHOLDERS = Array.from({ length: 19 }, (_, i) => `$${i + 2}`).join(', ');

export async function getPool(db: Queryable, id: string): Promise<Pool | null> {
  const rows = await db.query<Record<string, unknown>>('select * from pools where id = $1 and not deleted', [
    id,
  ]);
  return rows[0] ? poolRecord(rows[0]) : null;
}

/** The partner that owns a pool, or undefined if there is no such pool. */
export async function poolOwner(db: Queryable, id: string): Promise<string | undefined> {
  const rows = await db.query<{ partner_id: string }>(
    'select partner_id from pools where id = $1 and not deleted',
    [id],
  );
  return rows[0]?.partner_id;
}

export async function createPool(db: Db, input: PoolInput): Promise<Pool> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await lockChangeLog(tx);
    await tx.query(
      `insert into pools (id, ${COLUMNS}, origin, seq) values ($1, ${PLACEHOLDERS}, 'server', nextval('change_seq'))`,
      [id, ...poolValues(input)],
    );
  });
  return (await getPool(db, id))!;
}

/** Updates every field; the seed's content hash stays, so a seed reload keeps this edit. */
export async function updatePool(db: Db, id: string, input: PoolInput): Promise<Pool | null> {
  const assignments = COLUMNS.split(',')
    .map((column, i) => `${column.trim()} = $${i + 2}`)
    .join(', ');
  const changed = await db.transaction(async (tx) => {
    await lockChangeLog(tx);
    const rows = await tx.query(
      `update pools set ${assignments}, version = version + 1, seq = nextval('change_seq'), updated_at = now()
       where id = $1 and not deleted returning id`,
      [id, ...poolValues(input)],
    );
    return rows.length > 0;
  });
  return changed ? getPool(db, id) : null;
}

export async function confirmPool(db: Db, id: string): Promise<Pool | null> {
  await db.transaction(async (tx) => {
    await lockChangeLog(tx);
    await tx.query(
      `update pools set last_confirmed = to_char(now() at time zone 'Europe/Berlin', 'YYYY-MM-DD'), version = version + 1, seq = nextval('change_seq'),
         updated_at = now() where id = $1 and not deleted`,
      [id],
    );
  });
  return getPool(db, id);
}

/** Deleting a pool deletes its contacts too (their personal data is erased, see mediators). */
export async function deletePool(db: Db, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockChangeLog(tx);
    const rows = await tx.query(
      `update pools set deleted = true, version = version + 1, seq = nextval('change_seq'), updated_at = now()
       where id = $1 and not deleted returning id`,
      [id],
    );
    if (!rows.length) return false;
    await tx.query(`${ERASE_MEDIATORS} where pool_id = $1 and not deleted`, [id]);
    return true;
  });
}

/** Turns contacts into tombstones: only id, pool, partner and sequence remain. */
export const ERASE_MEDIATORS = `update mediators set deleted = true, name = '', languages = '[]',
  other_languages = '', modes = '[]', availability = '[]', region = null, area = '', phone = null,
  email = null, notes = '', active = false, created_by = null, updated_by = null,
  version = version + 1, seq = nextval('change_seq'), updated_at = now()`;
