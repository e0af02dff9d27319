import { describe, expect, it } from 'vitest';
import type { ActivityState } from '../../shared/activities/index.ts';
import type { SessionUser } from '../../shared/auth/index.ts';
import { payloadHash } from '../../server/db/activity-repository.ts';
import { planPush, type PushState } from '../../server/sync/push-plan.ts';
import { deleteOp, sampleEntry, upsertOp } from '../../server/test-support/activity-fixtures.ts';

// The version and conflict rules of a push, without a database.
const A = 'stadt-juelich';
const officer: SessionUser = { id: 'o1', email: 'o@x', displayName: 'O', role: 'officer', partnerId: A };
const admin: SessionUser = { id: 'a1', email: 'a@x', displayName: 'A', role: 'admin', partnerId: null };
const ctx = (user = officer) => ({ user, now: '2026-03-21T10:00:00.000Z', hash: payloadHash });
const empty = (): PushState => ({ seen: new Map(), records: new Map(), partners: new Set() });

function stored(change: Partial<ActivityState> = {}): ActivityState {
  return {
    ...sampleEntry(A),
    version: 3,
    reportingYear: 2026,
    createdBy: 'o2',
    updatedAt: '2026-03-20T10:00:00.000Z',
    deleted: false,
    ...change,
  };
}
const withRecord = (record: ActivityState): PushState => ({
  ...empty(),
  records: new Map([[record.id, record]]),
});

describe('push rules', () => {
  it('creates an unknown entry with version 1 and its reporting year from the date (30 Sep / 1 Oct)', () => {
    const summer = sampleEntry(A, { date: '2026-09-30' });
    const autumn = sampleEntry(A, { date: '2026-10-01' });
    const plan = planPush([upsertOp(summer), upsertOp(autumn)], empty(), ctx());
    expect(plan.results.map((r) => [r.status, r.version])).toEqual([
      ['applied', 1],
      ['applied', 1],
    ]);
    expect(plan.writes.map((w) => [w.record.reportingYear, w.exists, w.record.createdBy])).toEqual([
      [2026, false, 'o1'],
      [2027, false, 'o1'],
    ]);
  });

  it('answers a replayed op with duplicate and writes nothing, also within one push', () => {
    const op = upsertOp(sampleEntry(A));
    const first = planPush([op, op], empty(), ctx());
    expect(first.results.map((r) => r.status)).toEqual(['applied', 'duplicate']);
    const state = { ...empty(), seen: new Map([[op.opId, { hash: payloadHash(op), version: 1 }]]) };
    const replay = planPush([op], state, ctx());
    expect(replay.results).toEqual([{ opId: op.opId, status: 'duplicate', version: 1 }]);
    expect(replay.writes).toEqual([]);
    expect(replay.applied).toEqual([]);
  });

  it('refuses the same op id with different content and names it for the log', () => {
    const op = upsertOp(sampleEntry(A));
    const state = { ...empty(), seen: new Map([[op.opId, { hash: payloadHash(op), version: 1 }]]) };
    const tampered = { ...op, data: { ...op.data!, title: 'Anders' } };
    const plan = planPush([tampered], state, ctx());
    expect(plan.results[0]).toMatchObject({ status: 'rejected', errors: { opId: ['op_id_reused'] } });
    expect(plan.reused).toEqual([op.opId]);
  });

  it('bumps the version on the current base and answers a stale or missing base with conflict', () => {
    const record = stored();
    const change = { ...record, title: 'Neu' };
    expect(planPush([upsertOp(change, 3)], withRecord(record), ctx()).results[0]).toMatchObject({
      status: 'applied',
      version: 4,
    });
    for (const base of [2, 4, null]) {
      const plan = planPush([upsertOp(change, base)], withRecord(record), ctx());
      expect(plan.results[0]).toMatchObject({
        status: 'conflict',
        current: { version: 3, title: record.title },
      });
      expect(plan.writes).toEqual([]);
    }
  });

  it('takes the same content under a stale base as applied without a new version', () => {
    const record = stored();
    const plan = planPush([upsertOp(record, 1)], withRecord(record), ctx());
    expect(plan.results[0]).toMatchObject({ status: 'applied', version: 3 });
    expect(plan.writes).toEqual([]);
    expect(plan.applied).toHaveLength(1);
  });

  it('chains ops on one entry within a push: each builds on the version the one before made', () => {
    const entry = sampleEntry(A);
    const plan = planPush(
      [upsertOp(entry), upsertOp({ ...entry, title: 'B' }, 1), deleteOp(entry.id, 2), upsertOp(entry, 3)],
      empty(),
      ctx(),
    );
    expect(plan.results.map((r) => r.version)).toEqual([1, 2, 3, 4]);
    expect(plan.writes).toEqual([
      { record: expect.objectContaining({ version: 4, deleted: false }), exists: false },
    ]);
  });

  it('deletes softly with version + 1; a stale delete conflicts; deleting twice or the unknown changes nothing', () => {
    const record = stored();
    expect(planPush([deleteOp(record.id, 3)], withRecord(record), ctx()).writes[0]!.record).toMatchObject({
      deleted: true,
      version: 4,
    });
    expect(planPush([deleteOp(record.id, 2)], withRecord(record), ctx()).results[0]!.status).toBe('conflict');
    const gone = stored({ deleted: true, version: 4 });
    expect(planPush([deleteOp(gone.id, 1)], withRecord(gone), ctx()).results[0]).toMatchObject({
      status: 'applied',
      version: 4,
    });
    expect(planPush([deleteOp(sampleEntry(A).id, 0)], empty(), ctx()).results[0]).toMatchObject({
      version: 0,
    });
  });

  it('keeps partners apart and checks the partner an admin names', () => {
    const theirs = stored({ partnerId: 'bezirksregierung-arnsberg' });
    expect(planPush([upsertOp({ ...theirs }, 3)], withRecord(theirs), ctx()).results[0]).toMatchObject({
      errors: { id: ['forbidden_partner'] },
    });
    expect(
      planPush([upsertOp(sampleEntry('bezirksregierung-arnsberg'))], empty(), ctx()).results[0],
    ).toMatchObject({
      errors: { partnerId: ['forbidden_partner'] },
    });
    const state = { ...empty(), partners: new Set([A]) };
    expect(planPush([upsertOp(sampleEntry(A))], state, ctx(admin)).results[0]!.status).toBe('applied');
    expect(planPush([upsertOp(sampleEntry('erfunden'))], state, ctx(admin)).results[0]).toMatchObject({
      errors: { partnerId: ['invalid_choice'] },
    });
  });

  it('rejects a malformed op on its own and goes on with the next', () => {
    const plan = planPush(
      [{ opId: 'x' }, upsertOp(sampleEntry(A, { participantCount: -1 })), upsertOp(sampleEntry(A))],
      empty(),
      ctx(),
    );
    expect(plan.results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'applied']);
    expect(plan.results[1]!.errors).toEqual({ participantCount: ['negative'] });
  });
});
