import { pushResponseSchema } from '../../../shared/sync/index.ts';
import type { OutboxOp } from './activity-types.ts';
import { notifyActivitySync } from './activity-events.ts';
import { markSending, nextBatch } from './outbox.ts';
import { applyResults, type ResultCounts } from './push-results.ts';
import { isQuotaExceeded } from './storage-errors.ts';

export type SyncFailure = 'offline' | 'server' | 'unauthorised' | 'forbidden' | 'quota';

export type PushOutcome =
  | { ok: true; counts: ResultCounts }
  | { ok: false; reason: SyncFailure; counts: ResultCounts };

export interface PushOptions {
  deviceId: string;
  /** Which ops this device's user may push (an officer: their partner's). */
  mayPush: (op: OutboxOp) => boolean;
  fetcher?: typeof fetch;
  batchSize?: number;
}

const DEFAULT_BATCH = 100;

/**
 * Sends the outbox to the server batch by batch until nothing sendable is left or the connection
 * fails. Every answer is stored before the next batch goes out; an op whose answer is lost stays
 * in the outbox and is sent again, and the server recognises it by its op id.
 */
export async function pushOutbox({
  deviceId,
  mayPush,
  fetcher = (...args) => fetch(...args),
  batchSize = DEFAULT_BATCH,
}: PushOptions): Promise<PushOutcome> {
  const counts: ResultCounts = { applied: 0, duplicate: 0, conflict: 0, rejected: 0 };
  const fail = (reason: SyncFailure): PushOutcome => ({ ok: false, reason, counts });
  let size = batchSize;
  try {
    for (;;) {
      const batch = await nextBatch(size, mayPush);
      if (batch.length === 0) return { ok: true, counts };
      const ops = await markSending(batch);
      if (ops.length === 0) continue;
      let response: Response;
      try {
        response = await fetcher('/api/sync/push', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ deviceId, ops }),
          credentials: 'same-origin',
        });
      } catch {
        return fail('offline');
      }
      if (response.status === 401) return fail('unauthorised');
      if (response.status === 403) return fail('forbidden');
      if (response.status === 413 && size > 1) {
        size = Math.max(1, Math.floor(size / 4));
        continue;
      }
      if (!response.ok) return fail('server');
      let results;
      try {
        results = pushResponseSchema.parse(await response.json()).results;
      } catch (error) {
        return fail(error instanceof TypeError ? 'offline' : 'server');
      }
      if (results.length === 0) return fail('server');
      const sent = new Set(ops.map((op) => op.opId));
      const tally = await applyResults(
        batch.filter((op) => sent.has(op.opId)),
        results,
      );
      for (const key of Object.keys(counts) as (keyof ResultCounts)[]) counts[key] += tally[key];
      notifyActivitySync();
    }
  } catch (error) {
    if (isQuotaExceeded(error)) return fail('quota');
    throw error;
  }
}
