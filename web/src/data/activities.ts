import {
  activityFieldErrors,
  activityInputSchema,
  contentOf,
  normalizeActivityInput,
  REMEMBERED_FIELDS,
  type ActivityInput,
  type FieldErrorCodes,
} from '../../../shared/activities/index.ts';
import type { SessionUser } from '../../../shared/auth/index.ts';
import { reportingYearOf } from '../../../shared/catalog/reporting-year.ts';
import type { LocalActivity } from './activity-types.ts';
import { db, readMeta } from './db.ts';
import { notifyActivityWrite } from './activity-events.ts';
import { dropIfNeverSent, enqueue, refreshSyncState } from './outbox.ts';

export class ActivityValidationError extends Error {
  constructor(readonly fields: FieldErrorCodes) {
    super('The entry is invalid.');
    this.name = 'ActivityValidationError';
  }
}

/** Editing an entry in conflict goes through the conflict screen, which sees both versions. */
export class ActivityInConflictError extends Error {
  constructor(readonly id: string) {
    super('The entry has a conflict to resolve first.');
    this.name = 'ActivityInConflictError';
  }
}

const LAST_VALUES = 'activities:lastValues';
const LAST_ENTRY = 'activities:lastEntry';

export function validateActivity(input: unknown): { entry: ActivityInput } | { errors: FieldErrorCodes } {
  const result = activityInputSchema.safeParse(input);
  return result.success
    ? { entry: normalizeActivityInput(result.data) }
    : { errors: activityFieldErrors(result.error, input) };
}

/**
 * Saves an entry on the device: the entry and its outbox op in one transaction, so that no saved
 * entry can miss its way to the server. Throws ActivityValidationError, ActivityInConflictError,
 * or the storage's QuotaExceededError (the caller keeps the form's content).
 */
export async function saveActivity(input: ActivityInput, user: Pick<SessionUser, 'id'>): Promise<LocalActivity> {
  const valid = validateActivity(input);
  if ('errors' in valid) throw new ActivityValidationError(valid.errors);
  const entry = valid.entry;
  const saved = await db.transaction('rw', db.activities, db.outbox, db.meta, async () => {
    const existing = await db.activities.get(entry.id);
    if (existing?.sync === 'conflict') throw new ActivityInConflictError(entry.id);
    const record: LocalActivity = {
      ...entry,
      version: existing?.version ?? 0,
      reportingYear: reportingYearOf(entry.date),
      createdBy: existing?.createdBy ?? user.id,
      updatedAt: new Date().toISOString(),
      deleted: 0,
      sync: 'pending',
    };
    // After this, the entry's last op is the new change: pending (a rejected op was just rewritten).
    await enqueue(entry.id, { kind: 'upsert', partnerId: entry.partnerId, data: entry }, existing ?? null);
    await db.activities.put(record);
    await rememberValues(entry);
    return record;
  });
  notifyActivityWrite();
  return saved;
}

/** Deletes on the device (a tombstone that "undo" can bring back) and queues the deletion. */
export async function deleteActivity(id: string): Promise<void> {
  await db.transaction('rw', db.activities, db.outbox, async () => {
    const record = await db.activities.get(id);
    if (!record || record.deleted) return;
    if (record.sync === 'conflict') throw new ActivityInConflictError(id);
    const updatedAt = new Date().toISOString();
    if (await dropIfNeverSent(record)) {
      // The server never had it: nothing to tell it.
      await db.activities.update(id, { deleted: 1, sync: 'synced', updatedAt });
      return;
    }
    await db.activities.update(id, { deleted: 1, sync: 'pending', updatedAt });
    await enqueue(id, { kind: 'delete', partnerId: record.partnerId }, record);
    await refreshSyncState(id);
  });
  notifyActivityWrite();
}

/** Undoes a deletion made on this device. */
export async function restoreActivity(id: string): Promise<void> {
  await db.transaction('rw', db.activities, db.outbox, async () => {
    const record = await db.activities.get(id);
    if (!record?.deleted) return;
    const content = contentOf(record);
    await db.activities.update(id, { deleted: 0, sync: 'pending', updatedAt: new Date().toISOString() });
    await enqueue(id, { kind: 'upsert', partnerId: record.partnerId, data: content }, record);
    await refreshSyncState(id);
  });
  notifyActivityWrite();
}

/** Entries of this device whose changes have not reached the server (the sign-out warning counts them). */
export async function countUnsyncedEntries(): Promise<number> {
  return db.activities.where('sync').noneOf(['synced']).count();
}

export async function getActivity(id: string): Promise<LocalActivity | null> {
  return (await db.activities.get(id)) ?? null;
}

/** The partner's entries on this device (deleted ones left out), newest date first. */
export async function listActivities(partnerId: string | null, reportingYear?: number): Promise<LocalActivity[]> {
  const all =
    partnerId === null ? await db.activities.toArray() : await db.activities.where('partnerId').equals(partnerId).toArray();
  return all
    .filter((a) => !a.deleted && (reportingYear === undefined || a.reportingYear === reportingYear))
    .sort((a, b) => (a.date === b.date ? (a.id < b.id ? 1 : -1) : a.date < b.date ? 1 : -1));
}

async function rememberValues(entry: ActivityInput) {
  const remembered: Partial<ActivityInput> = {};
  for (const field of REMEMBERED_FIELDS) (remembered as Record<string, unknown>)[field] = entry[field];
  await db.meta.bulkPut([
    { key: LAST_VALUES, value: remembered },
    { key: LAST_ENTRY, value: entry },
  ]);
}

/** The values last used on this device, per remembered field: the quick form starts with them. */
export async function lastUsedValues(): Promise<Partial<ActivityInput>> {
  return (await readMeta<Partial<ActivityInput>>(LAST_VALUES)) ?? {};
}

/** The last entry saved on this device, for "repeat last entry". */
export async function lastSavedEntry(): Promise<ActivityInput | null> {
  return (await readMeta<ActivityInput>(LAST_ENTRY)) ?? null;
}

export interface ActivitySuggestions {
  place: string[];
  cooperationPartners: string[];
  fundingProgramme: string[];
  organisingUnit: string[];
  targetGroups: string[];
}

/** Values from the partner's earlier entries, most used first: the form's typeahead. */
export async function activitySuggestions(partnerId: string): Promise<ActivitySuggestions> {
  const tallies = {
    place: new Map<string, number>(),
    cooperationPartners: new Map<string, number>(),
    fundingProgramme: new Map<string, number>(),
    organisingUnit: new Map<string, number>(),
    targetGroups: new Map<string, number>(),
  };
  const add = (map: Map<string, number>, value: string | null) => {
    if (value) map.set(value, (map.get(value) ?? 0) + 1);
  };
  await db.activities
    .where('partnerId')
    .equals(partnerId)
    .each((a) => {
      add(tallies.place, a.place);
      add(tallies.fundingProgramme, a.fundingProgramme);
      add(tallies.organisingUnit, a.organisingUnit);
      for (const p of a.cooperationPartners) add(tallies.cooperationPartners, p);
      for (const g of a.targetGroups) add(tallies.targetGroups, g);
    });
  const ranked = (map: Map<string, number>) =>
    [...map].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0], 'de')).map(([value]) => value).slice(0, 50);
  return {
    place: ranked(tallies.place),
    cooperationPartners: ranked(tallies.cooperationPartners),
    fundingProgramme: ranked(tallies.fundingProgramme),
    organisingUnit: ranked(tallies.organisingUnit),
    targetGroups: ranked(tallies.targetGroups),
  };
}
