import { beforeEach, describe, expect, it } from 'vitest';
import { draft, OFFICER, outbox, resetDevice } from './test-support/fake-device.ts';
import { deleteActivity, getActivity, restoreActivity, saveActivity, ActivityValidationError } from './activities.ts';
import { db } from './db.ts';
import { markSending, nextBatch } from './outbox.ts';

beforeEach(resetDevice);
const all = () => true;

describe('outbox', () => {
  it('stores an entry and its op together, in the order of the changes', async () => {
    const first = await saveActivity(draft({ title: 'Erster' }), OFFICER);
    const second = await saveActivity(draft({ title: 'Zweiter' }), OFFICER);
    const ops = await outbox();
    expect(ops.map((op) => [op.recordId, op.kind, op.state, op.sent])).toEqual([
      [first.id, 'upsert', 'pending', false],
      [second.id, 'upsert', 'pending', false],
    ]);
    expect(first).toMatchObject({ version: 0, sync: 'pending', reportingYear: 2026, createdBy: OFFICER.id });
  });

  it('writes nothing when the outbox write fails: no entry without its op', async () => {
    const fail = () => {
      throw new Error('disk full');
    };
    db.outbox.hook('creating', fail);
    try {
      await expect(saveActivity(draft(), OFFICER)).rejects.toThrow('disk full');
    } finally {
      db.outbox.hook('creating').unsubscribe(fail);
    }
    expect(await db.activities.count()).toBe(0);
  });

  it('refuses invalid input with per-field codes and stores nothing', async () => {
    const error = await saveActivity(draft({ title: ' ', participantCount: -1 }), OFFICER).catch((e) => e);
    expect(error).toBeInstanceOf(ActivityValidationError);
    expect(error.fields).toEqual({ title: ['required'], participantCount: ['negative'] });
    expect(await outbox()).toEqual([]);
  });

  it('folds offline edits into the waiting op, but never rewrites an op that has been sent', async () => {
    const entry = draft();
    await saveActivity(entry, OFFICER);
    await saveActivity({ ...entry, title: 'Zweite Fassung' }, OFFICER);
    let ops = await outbox();
    expect(ops).toHaveLength(1);
    expect(ops[0]!.data!.title).toBe('Zweite Fassung');
    const sentOpId = ops[0]!.opId;

    await markSending(await nextBatch(10, all));
    await saveActivity({ ...entry, title: 'Dritte Fassung' }, OFFICER);
    ops = await outbox();
    expect(ops.map((op) => [op.opId === sentOpId, op.data!.title, op.sent])).toEqual([
      [true, 'Zweite Fassung', true],
      [false, 'Dritte Fassung', false],
    ]);
  });

  it('sends only the oldest op of each entry per batch and fixes its base version when it leaves', async () => {
    const a = draft({ title: 'A' });
    const b = draft({ title: 'B' });
    await saveActivity(a, OFFICER);
    await markSending(await nextBatch(10, all));
    await db.activities.update(a.id, { version: 3 }); // as if the first op had been applied
    await saveActivity({ ...a, title: 'A2' }, OFFICER);
    await saveActivity(b, OFFICER);
    const batch = await nextBatch(10, all);
    expect(batch.map((op) => op.data!.title)).toEqual(['A', 'B']);
    const wire = await markSending(batch);
    // The first op keeps the base it left with (null: new); B is new as well.
    expect(wire.map((op) => op.baseVersion)).toEqual([null, null]);
    await db.outbox.delete(batch[0]!.seq!);
    const [next] = await markSending(await nextBatch(10, all));
    expect(next).toMatchObject({ baseVersion: 3, data: { title: 'A2' } });
  });

  it('skips the ops of other partners and respects the batch limit', async () => {
    await saveActivity(draft(), OFFICER);
    await saveActivity(draft({ partnerId: 'bezirksregierung-arnsberg' }), OFFICER);
    await saveActivity(draft(), OFFICER);
    expect(await nextBatch(10, (op) => op.partnerId === OFFICER.partnerId)).toHaveLength(2);
    expect(await nextBatch(1, all)).toHaveLength(1);
  });

  it('deletes an entry the server never had without telling it, and undo brings it back as new', async () => {
    const entry = await saveActivity(draft(), OFFICER);
    await deleteActivity(entry.id);
    expect(await outbox()).toEqual([]);
    expect(await getActivity(entry.id)).toMatchObject({ deleted: 1 });
    await restoreActivity(entry.id);
    expect((await outbox()).map((op) => op.kind)).toEqual(['upsert']);
    expect(await getActivity(entry.id)).toMatchObject({ deleted: 0, sync: 'pending' });
  });

  it('queues the deletion of a synced entry as a delete op; undo before sending turns it back', async () => {
    const entry = await saveActivity(draft(), OFFICER);
    await db.outbox.clear();
    await db.activities.update(entry.id, { version: 2, sync: 'synced' });
    await deleteActivity(entry.id);
    expect((await outbox()).map((op) => [op.kind, op.before?.version])).toEqual([['delete', 2]]);
    await restoreActivity(entry.id);
    expect((await outbox()).map((op) => op.kind)).toEqual(['upsert']);
  });
});
