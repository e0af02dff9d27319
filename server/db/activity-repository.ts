import { createHash } from 'node:crypto';
import {
  activityFieldErrors,
  activityInputSchema,
  normalizeActivityInput,
  sameContent,
  type ActivityInput,
  type ActivityState,
  type FieldErrorCodes,
} from '../../shared/activities/index.ts';
import type { SessionUser } from '../../shared/auth/index.ts';
import { reportingYearOf } from '../../shared/catalog/reporting-year.ts';
import { pushOpSchema, type PushOp, type PushResult } from '../../shared/sync/index.ts';
import {
  ACTIVITY_COLUMNS,
  CONTENT_COLUMNS,
  contentParams,
  toActivityState,
  type ActivityRow,
} from './activity-rows.ts';
import { mayManagePartner } from '../auth/guards.ts';
import { lockChangeLog } from './changes.ts';
import type { Db, Queryable } from './client.ts';

/** Who pushes: the signed-in user and the device the ops come from. */
export interface PushContext {
  user: SessionUser;
  deviceId: string;
  log?: (entry: object) => void;
}

/** An officer works on the entries of their own partner; an admin on every partner's. */
const mayWriteFor = (user: SessionUser, partnerId: string) => mayManagePartner(user, partnerId);

/**
 * Applies one pushed op in its own transaction (DESIGN.md §5): a known op id answers `duplicate`
 * (or `rejected` when the content differs), a stale base version answers `conflict` with the
 * server's record, an invalid entry `rejected` with per-field codes; otherwise the entry is
 * written with version + 1 and a new change-log position.
 */
export async function applyPushOp(db: Db, raw: unknown, ctx: PushContext): Promise<PushResult> {
  const parsed = pushOpSchema.safeParse(raw);
  if (!parsed.success) {
    const opId = typeof (raw as { opId?: unknown })?.opId === 'string' ? (raw as { opId: string }).opId : '';
    return { opId, status: 'rejected', errors: activityFieldErrors(parsed.error, raw) };
  }
  const op = parsed.data;
  const hash = payloadHash(op);
  let entry: ActivityInput | null = null;
  if (op.kind === 'upsert') {
    const valid = validateEntry(op);
    if ('errors' in valid) return { opId: op.opId, status: 'rejected', errors: valid.errors };
    entry = valid.entry;
  }

  return db.transaction(async (tx) => {
    // The change-log lock also serialises every writer, so two instances cannot both apply one op id.
    await lockChangeLog(tx);
    const seen = await tx.query<{ payload_hash: string; version: number }>(
      'select payload_hash, version from applied_ops where op_id = $1',
      [op.opId],
    );
    const existing = await readForUpdate(tx, op.id);
    if (existing && !mayWriteFor(ctx.user, existing.partnerId)) {
      return rejected(op, { id: ['forbidden_partner'] });
    }
    if (seen[0]) {
      if (seen[0].payload_hash !== hash) {
        ctx.log?.({
          level: 'warn',
          msg: 'push op id replayed with different content',
          opId: op.opId,
          userId: ctx.user.id,
          deviceId: ctx.deviceId,
        });
        return rejected(op, { opId: ['op_id_reused'] });
      }
      return {
        opId: op.opId,
        status: 'duplicate',
        version: seen[0].version,
        ...(existing ? { current: existing } : {}),
      };
    }
    if (entry && !mayWriteFor(ctx.user, entry.partnerId))
      return rejected(op, { partnerId: ['forbidden_partner'] });
    // An officer's own partner exists; an admin may name any partner, so that one is checked.
    if (entry && ctx.user.role === 'admin' && !(await partnerExists(tx, entry.partnerId))) {
      return rejected(op, { partnerId: ['invalid_choice'] });
    }

    const outcome = entry
      ? await upsert(tx, op, entry, existing, ctx)
      : await softDelete(tx, op, existing, ctx);
    if (outcome.status === 'applied') {
      await tx.query(
        `insert into applied_ops (op_id, entity, record_id, payload_hash, version, device_id, user_id)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [op.opId, op.entity, op.id, hash, outcome.version ?? 0, ctx.deviceId, ctx.user.id],
      );
    }
    return outcome;
  });
}

function validateEntry(op: PushOp): { entry: ActivityInput } | { errors: FieldErrorCodes } {
  const result = activityInputSchema.safeParse(op.data);
  if (!result.success) return { errors: activityFieldErrors(result.error, op.data) };
  if (result.data.id !== op.id) return { errors: { id: ['id_mismatch'] } };
  return { entry: normalizeActivityInput(result.data) };
}

const rejected = (op: PushOp, errors: FieldErrorCodes): PushResult => ({
  opId: op.opId,
  status: 'rejected',
  errors,
});

async function upsert(
  tx: Queryable,
  op: PushOp,
  entry: ActivityInput,
  existing: ActivityState | null,
  ctx: PushContext,
): Promise<PushResult> {
  const params = [op.id, ...contentParams(entry), reportingYearOf(entry.date), ctx.user.id];
  if (!existing) {
    const rows = await tx.query<ActivityRow>(
      `insert into activities (id, ${CONTENT_COLUMNS}, reporting_year, created_by, updated_by, version, seq)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
               $21, $22, $22, 1, nextval('change_seq'))
       returning version`,
      params,
    );
    return { opId: op.opId, status: 'applied', version: rows[0]!.version as number };
  }
  if (op.baseVersion !== existing.version) {
    // The same content arriving twice (a backup imported on a second device) is no conflict.
    if (!existing.deleted && sameContent(existing, entry)) {
      return { opId: op.opId, status: 'applied', version: existing.version };
    }
    return { opId: op.opId, status: 'conflict', current: existing };
  }
  const rows = await tx.query<ActivityRow>(
    `update activities set (${CONTENT_COLUMNS}, reporting_year, updated_by) =
       ($2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22),
       deleted = false, version = version + 1, seq = nextval('change_seq'), updated_at = now()
     where id = $1 returning version`,
    params,
  );
  return { opId: op.opId, status: 'applied', version: rows[0]!.version as number };
}

async function softDelete(
  tx: Queryable,
  op: PushOp,
  existing: ActivityState | null,
  ctx: PushContext,
): Promise<PushResult> {
  // Deleting what the server never had, or already deleted, changes nothing and is not an error.
  if (!existing) return { opId: op.opId, status: 'applied', version: 0 };
  if (existing.deleted) return { opId: op.opId, status: 'applied', version: existing.version };
  // Someone changed the entry since this device saw it: deleting their change needs the user's word.
  if (op.baseVersion !== existing.version) return { opId: op.opId, status: 'conflict', current: existing };
  const rows = await tx.query<ActivityRow>(
    `update activities set deleted = true, updated_by = $2, version = version + 1,
       seq = nextval('change_seq'), updated_at = now()
     where id = $1 returning version`,
    [op.id, ctx.user.id],
  );
  return { opId: op.opId, status: 'applied', version: rows[0]!.version as number };
}

async function readForUpdate(tx: Queryable, id: string): Promise<ActivityState | null> {
  const rows = await tx.query<ActivityRow>(
    `select ${ACTIVITY_COLUMNS} from activities where id = $1 for update`,
    [id],
  );
  return rows[0] ? toActivityState(rows[0]) : null;
}

async function partnerExists(tx: Queryable, partnerId: string): Promise<boolean> {
  const rows = await tx.query('select 1 from partners where id = $1 and not deleted', [partnerId]);
  return rows.length > 0;
}

/** A stable hash of what an op asks for, to recognise a replay that changed under the same op id. */
export function payloadHash(op: PushOp): string {
  const { opId: _opId, ...content } = op;
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
