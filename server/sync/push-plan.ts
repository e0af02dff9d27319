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
import { mayManagePartner } from '../auth/guards.ts';

/** What the database knows before a push: applied op ids and the entries the ops name. */
export interface PushState {
  seen: Map<string, { hash: string; version: number }>;
  records: Map<string, ActivityState>;
  /** Partners an admin's entries may name (officers write for their own partner only). */
  partners: Set<string>;
}

export interface AppliedOp {
  opId: string;
  recordId: string;
  hash: string;
  version: number;
}

export interface PushPlan {
  results: PushResult[];
  /** The final state of every entry the push changes, and whether the database has it already. */
  writes: { record: ActivityState; exists: boolean }[];
  applied: AppliedOp[];
  /** Op ids replayed with different content: refused, and worth a line in the log. */
  reused: string[];
}

export interface PlanContext {
  user: SessionUser;
  now: string;
  hash: (op: PushOp) => string;
}

/**
 * The rules of a push (DESIGN.md §5), as a pure function over the ops in order:
 * - a known op id answers `duplicate` with the version it produced (and the entry as it is now);
 *   the same op id with different content is `rejected` (`op_id_reused`);
 * - an upsert on an unknown entry creates it with version 1; on a known one it needs the entry's
 *   current version as its base, else `conflict` with the current record — unless it brings
 *   exactly the current content, which changes nothing and is `applied`;
 * - a delete leaves a tombstone with version + 1; deleting a missing or deleted entry changes
 *   nothing; a stale base is a `conflict` (someone changed what this device wants deleted);
 * - invalid content, or another partner's entry, is `rejected` with per-field codes.
 * Each op sees the effect of the ops before it in the same push.
 */
export function planPush(rawOps: unknown[], state: PushState, ctx: PlanContext): PushPlan {
  const records = new Map(state.records);
  const seen = new Map(state.seen);
  const plan: PushPlan = { results: [], writes: [], applied: [], reused: [] };
  const touched = new Set<string>();

  for (const raw of rawOps) {
    const parsed = pushOpSchema.safeParse(raw);
    if (!parsed.success) {
      const opId =
        typeof (raw as { opId?: unknown })?.opId === 'string' ? (raw as { opId: string }).opId : '';
      plan.results.push({ opId, status: 'rejected', errors: activityFieldErrors(parsed.error, raw) });
      continue;
    }
    const op = parsed.data;
    const hash = ctx.hash(op);
    const outcome = decide(op, hash, records, seen, state.partners, ctx);
    plan.results.push(outcome.result);
    if (outcome.reused) plan.reused.push(op.opId);
    if (outcome.write) {
      records.set(op.id, outcome.write);
      touched.add(op.id);
    }
    if (outcome.result.status === 'applied') {
      const applied = { opId: op.opId, recordId: op.id, hash, version: outcome.result.version! };
      plan.applied.push(applied);
      seen.set(op.opId, { hash: applied.hash, version: applied.version });
    }
  }
  for (const id of touched) plan.writes.push({ record: records.get(id)!, exists: state.records.has(id) });
  return plan;
}

interface Outcome {
  result: PushResult;
  write?: ActivityState;
  reused?: boolean;
}

function decide(
  op: PushOp,
  hash: string,
  records: Map<string, ActivityState>,
  seen: Map<string, { hash: string; version: number }>,
  partners: Set<string>,
  ctx: PlanContext,
): Outcome {
  const rejected = (errors: FieldErrorCodes): Outcome => ({
    result: { opId: op.opId, status: 'rejected', errors },
  });
  const applied = (version: number, write?: ActivityState): Outcome => ({
    result: { opId: op.opId, status: 'applied', version },
    ...(write ? { write } : {}),
  });
  const conflict = (current: ActivityState): Outcome => ({
    result: { opId: op.opId, status: 'conflict', current: { ...current } },
  });

  let entry: ActivityInput | null = null;
  if (op.kind === 'upsert') {
    const valid = activityInputSchema.safeParse(op.data);
    if (!valid.success) return rejected(activityFieldErrors(valid.error, op.data));
    if (valid.data.id !== op.id) return rejected({ id: ['id_mismatch'] });
    entry = normalizeActivityInput(valid.data);
  }
  const existing = records.get(op.id) ?? null;
  if (existing && !mayManagePartner(ctx.user, existing.partnerId))
    return rejected({ id: ['forbidden_partner'] });
  const known = seen.get(op.opId);
  if (known) {
    if (known.hash !== hash) return { ...rejected({ opId: ['op_id_reused'] }), reused: true };
    return {
      result: {
        opId: op.opId,
        status: 'duplicate',
        version: known.version,
        ...(existing ? { current: { ...existing } } : {}),
      },
    };
  }

  if (!entry) {
    if (!existing || existing.deleted) return applied(existing?.version ?? 0);
    if (op.baseVersion !== existing.version) return conflict(existing);
    const version = existing.version + 1;
    return applied(version, { ...existing, deleted: true, version, updatedAt: ctx.now });
  }

  if (!mayManagePartner(ctx.user, entry.partnerId)) return rejected({ partnerId: ['forbidden_partner'] });
  if (ctx.user.role === 'admin' && !partners.has(entry.partnerId))
    return rejected({ partnerId: ['invalid_choice'] });
  const content = {
    ...entry,
    reportingYear: reportingYearOf(entry.date),
    updatedAt: ctx.now,
    deleted: false,
  };
  if (!existing) return applied(1, { ...content, version: 1, createdBy: ctx.user.id });
  if (op.baseVersion !== existing.version) {
    // The same content arriving twice (a backup imported on a second device) is no conflict.
    if (!existing.deleted && sameContent(existing, entry)) return applied(existing.version);
    return conflict(existing);
  }
  const version = existing.version + 1;
  return applied(version, { ...content, version, createdBy: existing.createdBy });
}
