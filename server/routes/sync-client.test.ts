import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/auth/index.ts';
import { draft, resetDevice, outbox } from '../../web/src/data/test-support/fake-device.ts';
import {
  deleteActivity,
  getActivity,
  listActivities,
  restoreActivity,
  saveActivity,
} from '../../web/src/data/activities.ts';
import { configureActivitySync, syncActivitiesOnce } from '../../web/src/data/activity-sync.ts';
import { exportUnsynced, importBackup } from '../../web/src/data/backup.ts';
import { discardRejected, getConflict, keepBoth, resolveConflict } from '../../web/src/data/conflicts.ts';
import { db } from '../../web/src/data/db.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { upsertOp } from '../test-support/activity-fixtures.ts';
import { activityTestApi, type ApiAs } from '../test-support/activity-harness.ts';
import { createTestDb, TEST_DB_KIND, type TestDb } from '../test-support/test-db.ts';

// The device's real sync code (web/src/data on fake-indexeddb) against the real API and database.
const A = 'stadt-juelich';
let testDb: TestDb;
let officer: SessionUser;
let device: ApiAs;
let colleague: ApiAs;

beforeAll(async () => {
  testDb = await createTestDb();
  await loadSeed(testDb.db);
  const api = activityTestApi(testDb.db);
  const mine = await api.signedIn('officer', A);
  officer = mine.user;
  device = mine.api;
  colleague = (await api.signedIn('officer', A)).api;
  configureActivitySync({
    user: () => officer,
    fetcher: ((url: string, init?: RequestInit) => device.request(url, init)) as typeof fetch,
  });
});
afterAll(() => testDb?.dispose());
beforeEach(resetDevice);

const serverRow = async (id: string) =>
  (
    await testDb.db.query<{
      title: string;
      version: number;
      deleted: boolean;
      participant_count: number | null;
    }>('select title, version, deleted, participant_count from activities where id = $1', [id])
  )[0];
const sync = async () => expect(await syncActivitiesOnce()).toEqual({ ok: true });

describe(`device sync against the server on ${TEST_DB_KIND}`, () => {
  it('brings offline creations, edits and deletions to the server, and colleagues’ entries down', async () => {
    const [a, b, c] = [draft({ title: 'A' }), draft({ title: 'B' }), draft({ title: 'C' })];
    for (const entry of [a, b, c]) await saveActivity(entry, officer);
    await saveActivity({ ...a, title: 'A bearbeitet' }, officer);
    await deleteActivity(c.id);
    const theirs = draft({ title: 'Von der Kollegin' });
    await colleague.push([upsertOp(theirs)]);
    await sync();
    expect(await outbox()).toEqual([]);
    expect(await serverRow(a.id)).toMatchObject({ title: 'A bearbeitet', version: 1 });
    expect(await serverRow(b.id)).toMatchObject({ title: 'B', version: 1 });
    expect(await serverRow(c.id)).toBeUndefined();
    const titles = (await listActivities(A)).map((x) => [x.title, x.sync]);
    expect(titles).toEqual(
      expect.arrayContaining([
        ['A bearbeitet', 'synced'],
        ['Von der Kollegin', 'synced'],
      ]),
    );
  });

  it('deletes softly on the server and undoes the deletion after it synced', async () => {
    const entry = await saveActivity(draft(), officer);
    await sync();
    await deleteActivity(entry.id);
    await sync();
    expect(await serverRow(entry.id)).toMatchObject({ deleted: true, version: 2 });
    await restoreActivity(entry.id);
    await sync();
    expect(await serverRow(entry.id)).toMatchObject({ deleted: false, version: 3 });
    expect(await getActivity(entry.id)).toMatchObject({ deleted: 0, sync: 'synced', version: 3 });
  });

  it('shows both versions of a conflict and applies what the user picks per field', async () => {
    const entry = await saveActivity(draft({ participantCount: 10 }), officer);
    await sync();
    await colleague.push([upsertOp({ ...entry, title: 'Titel der Kollegin', participantCount: 10 }, 1)]);
    await saveActivity({ ...entry, participantCount: 25 }, officer);
    await sync();
    const conflict = await getConflict(entry.id);
    expect(conflict).toMatchObject({
      local: { title: 'Infostand', participantCount: 25, sync: 'conflict' },
      server: { title: 'Titel der Kollegin', participantCount: 10, version: 2 },
    });
    await resolveConflict(entry.id, { ...entry, title: 'Titel der Kollegin', participantCount: 25 });
    await sync();
    expect(await serverRow(entry.id)).toMatchObject({
      title: 'Titel der Kollegin',
      participant_count: 25,
      version: 3,
    });
    expect(await getActivity(entry.id)).toMatchObject({ sync: 'synced', version: 3 });
  });

  it('keeps both versions as two entries when the user asks so', async () => {
    const entry = await saveActivity(draft(), officer);
    await sync();
    await colleague.push([upsertOp({ ...entry, title: 'Ihre Fassung' }, 1)]);
    await saveActivity({ ...entry, title: 'Meine Fassung' }, officer);
    await sync();
    const copyId = await keepBoth(entry.id);
    await sync();
    expect(await serverRow(entry.id)).toMatchObject({ title: 'Ihre Fassung', version: 2 });
    expect(await serverRow(copyId!)).toMatchObject({ title: 'Meine Fassung', version: 1 });
  });

  it('keeps a rejected change until the user fixes and re-sends it, or discards it', async () => {
    const entry = await saveActivity(draft(), officer);
    await sync();
    // An op the server refuses (as an older app version might have queued it).
    await db.outbox.add({
      opId: crypto.randomUUID(),
      entity: 'activity',
      kind: 'upsert',
      recordId: entry.id,
      partnerId: A,
      data: { ...entry, title: 'x'.repeat(400) },
      sent: false,
      state: 'pending',
      before: entry,
      createdAt: new Date().toISOString(),
      attempts: 0,
    });
    await sync();
    expect(await outbox()).toMatchObject([{ state: 'rejected', errors: { title: ['too_long'] } }]);
    expect(await getActivity(entry.id)).toMatchObject({ sync: 'rejected' });
    await saveActivity({ ...entry, title: 'Gekürzt' }, officer);
    await sync();
    expect(await serverRow(entry.id)).toMatchObject({ title: 'Gekürzt', version: 2 });

    await db.outbox.add({
      opId: crypto.randomUUID(),
      entity: 'activity',
      kind: 'upsert',
      recordId: entry.id,
      partnerId: A,
      data: { ...entry, title: '' },
      sent: false,
      state: 'pending',
      before: await getActivity(entry.id),
      createdAt: new Date().toISOString(),
      attempts: 0,
    });
    await sync();
    await discardRejected(entry.id);
    expect(await outbox()).toEqual([]);
    expect(await getActivity(entry.id)).toMatchObject({ title: 'Gekürzt', version: 2, sync: 'synced' });
  });

  it('restores a backup on another device without creating duplicates', async () => {
    const entry = await saveActivity(draft({ title: 'Gesichert' }), officer);
    const backup = JSON.parse(JSON.stringify(await exportUnsynced()));
    await sync(); // the first device still delivers it
    await resetDevice(); // a second device
    expect(await importBackup(backup)).toEqual({ queued: 1, alreadyHere: 0 });
    expect(await importBackup(backup)).toEqual({ queued: 0, alreadyHere: 1 });
    await sync();
    const rows = await testDb.db.query('select version from activities where id = $1', [entry.id]);
    expect(rows).toEqual([{ version: 1 }]);
    expect(await getActivity(entry.id)).toMatchObject({ sync: 'synced', version: 1 });
  });
});
