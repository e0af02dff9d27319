import type { ActivityState } from '../../shared/activities/index.ts';
import type { PushOp } from '../../shared/sync/index.ts';
import type { PushPlan, PushState } from '../sync/push-plan.ts';
import { ACTIVITY_COLUMNS, toActivityState, type ActivityRow } from './activity-rows.ts';
import type { Queryable } from './client.ts';

/*
 * The database side of a push: one read of everything the ops name, then the planned writes in a
 * few set-based statements (entries as JSON records), whatever the number of ops.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function readPushState(
  tx: Queryable,
  rawOps: unknown[],
  partnersToCheck: boolean,
): Promise<PushState> {
  const ops = rawOps.filter(
    (op): op is PushOp =>
      !!op &&
      typeof op === 'object' &&
      UUID.test(String((op as PushOp).opId)) &&
      UUID.test(String((op as PushOp).id)),
  );
  const opIds = ops.map((op) => op.opId);
  const ids = [...new Set(ops.map((op) => op.id))];
  const [seen, records, partners] = await Promise.all([
    tx.query<{ op_id: string; payload_hash: string; version: number }>(
      'select op_id::text as op_id, payload_hash, version from applied_ops where op_id = any($1::uuid[])',
      [opIds],
    ),
    tx.query<ActivityRow>(`select ${ACTIVITY_COLUMNS} from activities where id = any($1::uuid[])`, [ids]),
    partnersToCheck
      ? tx.query<{ id: string }>('select id from partners where not deleted and id = any($1::text[])', [
          [
            ...new Set(
              ops.map((op) => (op.data as { partnerId?: unknown } | undefined)?.partnerId).filter(isText),
            ),
          ],
        ])
      : Promise.resolve([]),
  ]);
  return {
    seen: new Map(seen.map((r) => [r.op_id, { hash: r.payload_hash, version: r.version }])),
    records: new Map(records.map((row) => [row.id as string, toActivityState(row)])),
    partners: new Set(partners.map((p) => p.id)),
  };
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** JSON record with the table's column names, for jsonb_to_recordset. */
function toRow(record: ActivityState, userId: string) {
  return {
    id: record.id,
    partner_id: record.partnerId,
    date: record.date,
    end_date: record.endDate,
    title: record.title,
    category: record.category,
    secondary_categories: record.secondaryCategories,
    status: record.status,
    type: record.type,
    format: record.format,
    place: record.place,
    organising_unit: record.organisingUnit,
    cooperation_partners: record.cooperationPartners,
    target_groups: record.targetGroups,
    participant_count: record.participantCount,
    sessions: record.sessions,
    languages: record.languages,
    funding_programme: record.fundingProgramme,
    links: record.links,
    note: record.note,
    reporting_year: record.reportingYear,
    version: record.version,
    created_by: record.createdBy,
    updated_by: userId,
    deleted: record.deleted,
  };
}

const RECORD_TYPE = `r(id uuid, partner_id text, date date, end_date date, title text, category smallint,
  secondary_categories smallint[], status text, type text, format text, place text, organising_unit text,
  cooperation_partners text[], target_groups text[], participant_count integer, sessions integer,
  languages text[], funding_programme text, links text[], note text, reporting_year integer,
  version integer, created_by text, updated_by text, deleted boolean)`;
const CONTENT = `partner_id, date, end_date, title, category, secondary_categories, status, type, format, place,
  organising_unit, cooperation_partners, target_groups, participant_count, sessions, languages,
  funding_programme, links, note, reporting_year, version, created_by, updated_by, deleted`;

/** Writes the plan: new entries, changed entries (each with a new change-log position), applied op ids. */
export async function writePlan(
  tx: Queryable,
  plan: PushPlan,
  userId: string,
  deviceId: string,
): Promise<void> {
  const inserts = plan.writes.filter((w) => !w.exists).map((w) => toRow(w.record, userId));
  const updates = plan.writes.filter((w) => w.exists).map((w) => toRow(w.record, userId));
  if (inserts.length) {
    await tx.query(
      `insert into activities (id, ${CONTENT}, seq)
       select id, ${CONTENT}, nextval('change_seq') from jsonb_to_recordset($1::jsonb) as ${RECORD_TYPE}`,
      [JSON.stringify(inserts)],
    );
  }
  if (updates.length) {
    const assignments = CONTENT.split(',')
      .map((column) => column.trim())
      .filter((column) => column !== 'created_by')
      .map((column) => `${column} = r.${column}`)
      .join(', ');
    await tx.query(
      `update activities a set ${assignments}, seq = nextval('change_seq'), updated_at = now()
       from jsonb_to_recordset($1::jsonb) as ${RECORD_TYPE} where a.id = r.id`,
      [JSON.stringify(updates)],
    );
  }
  if (plan.applied.length) {
    await tx.query(
      `insert into applied_ops (op_id, entity, record_id, payload_hash, version, device_id, user_id)
       select op_id, 'activity', record_id, hash, version, $2, $3
       from jsonb_to_recordset($1::jsonb) as o(op_id uuid, record_id uuid, hash text, version integer)`,
      [
        JSON.stringify(
          plan.applied.map((a) => ({
            op_id: a.opId,
            record_id: a.recordId,
            hash: a.hash,
            version: a.version,
          })),
        ),
        deviceId,
        userId,
      ],
    );
  }
}
