import { randomUUID } from 'node:crypto';
import type { Mediator, MediatorInput } from '../../shared/mediators/index.ts';
import { lockChangeLog } from '../db/changes.ts';
import type { Db, Queryable } from '../db/client.ts';
import { ERASE_MEDIATORS } from './pools-repository.ts';
import { mediatorRecord } from './records.ts';

const COLUMNS = `name, languages, other_languages, modes, availability, region, area, phone, email, notes, active`;

function values(input: MediatorInput) {
  const languages = new Map(input.languages.map((language) => [language.code, language]));
  return [
    input.name,
    JSON.stringify([...languages.values()]),
    input.otherLanguages,
    JSON.stringify([...new Set(input.modes)]),
    JSON.stringify(input.availability),
    input.region,
    input.area,
    input.phone || null,
    input.email || null,
    input.notes,
    input.active,
  ];
}

export async function getMediator(db: Queryable, id: string): Promise<Mediator | null> {
  const rows = await db.query<Record<string, unknown>>(
    'select * from mediators where id = $1 and not deleted',
    [id],
  );
  return rows[0] ? mediatorRecord(rows[0]) : null;
}

/** The partner that owns a contact (through its pool), or undefined if there is no such contact. */
export async function mediatorOwner(db: Queryable, id: string): Promise<string | undefined> {
  const rows = await db.query<{ partner_id: string }>(
    'select partner_id from mediators where id = $1 and not deleted',
    [id],
  );
  return rows[0]?.partner_id;
}

/** Creates contacts in one pool in one transaction (a CSV import is all or nothing). */
export async function createMediators(
  db: Db,
  poolId: string,
  inputs: MediatorInput[],
  { userId, demo = false }: { userId: string | null; demo?: boolean },
): Promise<Mediator[]> {
  const ids = inputs.map(() => randomUUID());
  await db.transaction(async (tx) => {
    await lockChangeLog(tx);
    const [pool] = await tx.query<{ partner_id: string }>('select partner_id from pools where id = $1', [
      poolId,
    ]);
    for (const [index, input] of inputs.entries()) {
      await tx.query(
        `insert into mediators (id, pool_id, partner_id, ${COLUMNS}, demo, created_by, updated_by, seq)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16, nextval('change_seq'))`,
        [ids[index]!, poolId, pool!.partner_id, ...values(input), demo, userId],
      );
    }
  });
  const rows = await db.query<Record<string, unknown>>('select * from mediators where id = any($1)', [ids]);
  return rows.map(mediatorRecord);
}

/** A coordinator's edit also confirms the data as of today. */
export async function updateMediator(
  db: Db,
  id: string,
  input: MediatorInput,
  userId: string,
): Promise<Mediator | null> {
  const assignments = COLUMNS.split(',')
    .map((column, i) => `${column.trim()} = $${i + 2}`)
    .join(', ');
  await db.transaction(async (tx) => {
    await lockChangeLog(tx);
    await tx.query(
      `update mediators set ${assignments}, updated_by = $13, confirmed_at = to_char(now() at time zone 'Europe/Berlin', 'YYYY-MM-DD'),
         version = version + 1, seq = nextval('change_seq'), updated_at = now()
       where id = $1 and not deleted`,
      [id, ...values(input), userId],
    );
  });
  return getMediator(db, id);
}

export async function confirmMediator(db: Db, id: string, userId: string): Promise<Mediator | null> {
  await db.transaction(async (tx) => {
    await lockChangeLog(tx);
    await tx.query(
      `update mediators set confirmed_at = to_char(now() at time zone 'Europe/Berlin', 'YYYY-MM-DD'), updated_by = $2, version = version + 1,
         seq = nextval('change_seq'), updated_at = now() where id = $1 and not deleted`,
      [id, userId],
    );
  });
  return getMediator(db, id);
}

/** Erasure on request (GDPR Art. 17): the personal data is gone; devices get a delete on their next pull. */
export async function eraseMediator(db: Db, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockChangeLog(tx);
    const rows = await tx.query(`${ERASE_MEDIATORS} where id = $1 and not deleted returning id`, [id]);
    return rows.length > 0;
  });
}

/** Everything stored about one contact (GDPR Art. 15 and 20), in a machine-readable form. */
export async function exportMediator(db: Queryable, id: string) {
  const rows = await db.query<Record<string, unknown>>(
    `select m.*, p.name as pool_name, pa.name as partner_name
       from mediators m join pools p on p.id = m.pool_id join partners pa on pa.id = m.partner_id
      where m.id = $1 and not m.deleted`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  const { version: _version, demo: _demo, ...contact } = mediatorRecord(row);
  return {
    exportedAt: new Date().toISOString(),
    controller: row.partner_name as string,
    pool: row.pool_name as string,
    purpose:
      'Vermittlung von Sprachmittlung für Beratungs- und Verwaltungsgespräche im Partnernetzwerk „Erfolgsfaktor Interkulturelle Öffnung – NRW stärkt Vielfalt!“',
    recipients: 'Angemeldete Mitarbeitende der Partnerorganisationen des Netzwerks',
    contact,
    createdAt: new Date(row.created_at as string).toISOString(),
    updatedAt: new Date(row.updated_at as string).toISOString(),
  };
}
