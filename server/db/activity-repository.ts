import { createHash } from 'node:crypto';
import type { SessionUser } from '../../shared/auth/index.ts';
import type { PushOp, PushResult } from '../../shared/sync/index.ts';
import { planPush } from '../sync/push-plan.ts';
import { readPushState, writePlan } from './activity-batch.ts';
import { lockChangeLog } from './changes.ts';
import type { Db } from './client.ts';

/** Who pushes: the signed-in user and the device the ops come from. */
export interface PushContext {
  user: SessionUser;
  deviceId: string;
  log?: (entry: object) => void;
}

/**
 * Applies the ops of one push, in order, by the rules of `planPush`, in one database transaction
 * under the change-log lock: the entries and the record of every applied op id commit together,
 * or not at all (then the device sends the same ops again and nothing is lost or doubled). Should
 * the database refuse the batch, each op is tried in a transaction of its own, so that one op can
 * never block the others.
 */
export async function applyPushOps(db: Db, ops: unknown[], ctx: PushContext): Promise<PushResult[]> {
  try {
    return await applyInOneTransaction(db, ops, ctx);
  } catch (error) {
    if (ops.length === 1) throw error;
    ctx.log?.({ level: 'warn', msg: 'push batch failed; applying op by op', error: String(error) });
    const results: PushResult[] = [];
    for (const op of ops) {
      try {
        results.push(...(await applyInOneTransaction(db, [op], ctx)));
      } catch (opError) {
        ctx.log?.({
          level: 'error',
          msg: 'push op failed',
          opId: (op as PushOp)?.opId,
          error: String(opError),
        });
        results.push({
          opId: String((op as PushOp)?.opId ?? ''),
          status: 'rejected',
          errors: { _: ['invalid'] },
        });
      }
    }
    return results;
  }
}

/** One op (the REST routes), by the same rules. */
export async function applyPushOp(db: Db, op: unknown, ctx: PushContext): Promise<PushResult> {
  return (await applyInOneTransaction(db, [op], ctx))[0]!;
}

async function applyInOneTransaction(db: Db, ops: unknown[], ctx: PushContext): Promise<PushResult[]> {
  return db.transaction(async (tx) => {
    // The lock orders every writer of the change log, so two instances cannot both apply one op id.
    await lockChangeLog(tx);
    const state = await readPushState(tx, ops, ctx.user.role === 'admin');
    const plan = planPush(ops, state, { user: ctx.user, now: new Date().toISOString(), hash: payloadHash });
    for (const opId of plan.reused) {
      ctx.log?.({
        level: 'warn',
        msg: 'push op id replayed with different content',
        opId,
        userId: ctx.user.id,
        deviceId: ctx.deviceId,
      });
    }
    await writePlan(tx, plan, ctx.user.id, ctx.deviceId);
    return plan.results;
  });
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
