import { beforeEach, describe, expect, it } from 'vitest';
import type { PushOp, PushResult } from '../../../shared/sync/index.ts';
import { draft, OFFICER, outbox, resetDevice } from './test-support/fake-device.ts';
import { getActivity, saveActivity } from './activities.ts';
import { db } from './db.ts';
import { pushOutbox } from './push-client.ts';

beforeEach(resetDevice);

type Answer = (ops: PushOp[]) => PushResult[] | Response | 'drop-request' | 'drop-response';

/** A scripted server: each request gets the next answer; every request body is kept. */
function scripted(...answers: Answer[]) {
  const requests: PushOp[][] = [];
  const fetcher = (async (_url: string, init?: RequestInit) => {
    const ops = (JSON.parse(String(init!.body)) as { ops: PushOp[] }).ops;
    const answer = answers.shift();
    if (!answer) throw new Error('unexpected request');
    const result = answer(ops);
    if (result === 'drop-request') throw new TypeError('Failed to fetch');
    requests.push(ops);
    if (result === 'drop-response') throw new TypeError('Failed to fetch');
    if (result instanceof Response) return result;
    return new Response(JSON.stringify({ results: result }), { status: 200 });
  }) as typeof fetch;
  return { fetcher, requests };
}

const push = (fetcher: typeof fetch, batchSize?: number) =>
  pushOutbox({ deviceId: 'test', mayPush: () => true, fetcher, batchSize });
const applied = (version: number) => (ops: PushOp[]) =>
  ops.map((op) => ({ opId: op.opId, status: 'applied' as const, version }));

describe('push client', () => {
  it('removes applied ops and stores the server version', async () => {
    const entry = await saveActivity(draft(), OFFICER);
    const { fetcher } = scripted(applied(1));
    expect(await push(fetcher)).toMatchObject({ ok: true, counts: { applied: 1 } });
    expect(await outbox()).toEqual([]);
    expect(await getActivity(entry.id)).toMatchObject({ version: 1, sync: 'synced' });
  });

  it('resends an op whose answer was lost as the same op, which the server then calls duplicate', async () => {
    const entry = await saveActivity(draft(), OFFICER);
    const server = scripted(() => 'drop-response', (ops) => [{ opId: ops[0]!.opId, status: 'duplicate', version: 1 }]);
    expect(await push(server.fetcher)).toMatchObject({ ok: false, reason: 'offline' });
    expect(await outbox()).toHaveLength(1);
    // An edit in between must not change the op that may already be applied.
    await saveActivity({ ...entry, title: 'Nachtrag' }, OFFICER);
    const second = scripted((ops) => [{ opId: ops[0]!.opId, status: 'duplicate', version: 1 }], applied(2));
    expect(await push(second.fetcher)).toMatchObject({ ok: true, counts: { duplicate: 1, applied: 1 } });
    expect(second.requests[0]).toEqual(server.requests[0]);
    expect(second.requests[1]![0]).toMatchObject({ baseVersion: 1, data: { title: 'Nachtrag' } });
    expect(await getActivity(entry.id)).toMatchObject({ version: 2, title: 'Nachtrag', sync: 'synced' });
  });

  it('takes the server’s newer record when a duplicate reports that the entry moved on', async () => {
    const entry = await saveActivity(draft(), OFFICER);
    const newer = { ...entry, title: 'Von der Kollegin', version: 2, updatedAt: '2026-03-22T10:00:00.000Z', deleted: false };
    const { fetcher } = scripted((ops) => [{ opId: ops[0]!.opId, status: 'duplicate', version: 1, current: newer }]);
    await push(fetcher);
    expect(await getActivity(entry.id)).toMatchObject({ title: 'Von der Kollegin', version: 2, sync: 'synced' });
  });

  it('keeps a conflicting op with the server’s record and holds back later ops of that entry', async () => {
    const entry = await saveActivity(draft(), OFFICER);
    await db.activities.update(entry.id, { version: 1 });
    const other = await saveActivity(draft({ title: 'Anderer Eintrag' }), OFFICER);
    const current = { ...entry, title: 'Server', version: 2, updatedAt: 'x', deleted: false };
    const { fetcher } = scripted((ops) => [
      { opId: ops[0]!.opId, status: 'conflict', current },
      { opId: ops[1]!.opId, status: 'applied', version: 1 },
    ]);
    expect(await push(fetcher)).toMatchObject({ ok: true, counts: { conflict: 1, applied: 1 } });
    const [op] = await outbox();
    expect(op).toMatchObject({ recordId: entry.id, state: 'conflict', current: { title: 'Server' } });
    expect(await getActivity(entry.id)).toMatchObject({ sync: 'conflict', title: 'Infostand' });
    expect(await getActivity(other.id)).toMatchObject({ sync: 'synced' });
  });

  it('marks a rejected op with the field codes; a later change of the entry supersedes it', async () => {
    const entry = await saveActivity(draft(), OFFICER);
    const rejectAll = (ops: PushOp[]) =>
      ops.map((op) => ({ opId: op.opId, status: 'rejected' as const, errors: { title: ['too_long'] } }));
    await push(scripted(rejectAll).fetcher);
    expect(await outbox()).toMatchObject([{ state: 'rejected', errors: { title: ['too_long'] } }]);
    expect(await getActivity(entry.id)).toMatchObject({ sync: 'rejected' });
    // Fixing the entry replaces the rejected op with a new one (a new op id: new content).
    const rejectedOpId = (await outbox())[0]!.opId;
    await saveActivity({ ...entry, title: 'Kurz' }, OFFICER);
    const [fixed] = await outbox();
    expect(fixed).toMatchObject({ state: 'pending', sent: false, data: { title: 'Kurz' } });
    expect(fixed!.opId).not.toBe(rejectedOpId);
    expect(fixed!.errors).toBeUndefined();
  });

  it('stops on a network failure before the request left, and on a signed-out session', async () => {
    await saveActivity(draft(), OFFICER);
    expect(await push(scripted(() => 'drop-request').fetcher)).toMatchObject({ ok: false, reason: 'offline' });
    const signedOut = scripted(() => new Response('{}', { status: 401 }));
    expect(await push(signedOut.fetcher)).toMatchObject({ ok: false, reason: 'unauthorised' });
    expect(await outbox()).toHaveLength(1);
  });

  it('sends smaller batches when the server finds a push too large', async () => {
    for (let i = 0; i < 8; i++) await saveActivity(draft({ title: `E${i}` }), OFFICER);
    const { fetcher, requests } = scripted(
      () => new Response('{}', { status: 413 }),
      applied(1),
      applied(1),
      applied(1),
      applied(1),
    );
    expect(await push(fetcher, 8)).toMatchObject({ ok: true, counts: { applied: 8 } });
    expect(requests.map((ops) => ops.length)).toEqual([8, 2, 2, 2, 2]);
  });
});
