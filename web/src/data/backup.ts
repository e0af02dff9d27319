import { z } from 'zod/mini';
import { activityInputSchema } from '../../../shared/activities/index.ts';
import { reportingYearOf } from '../../../shared/catalog/reporting-year.ts';
import type { LocalActivity, OutboxOp } from './activity-types.ts';
import { notifyActivityWrite } from './activity-events.ts';
import { db } from './db.ts';
import { deviceId } from './device.ts';
import { refreshSyncState } from './outbox.ts';

export const BACKUP_FORMAT = 'vielfalt-nrw/activity-backup';

const opSchema = z.object({
  opId: z.uuid(),
  kind: z.enum(['upsert', 'delete']),
  partnerId: z.string(),
  data: z.optional(activityInputSchema),
  baseVersion: z.optional(z.nullable(z.int())),
  createdAt: z.string(),
});
const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  deviceId: z.string(),
  entries: z.array(
    z.object({
      record: z.extend(activityInputSchema, { version: z.int(), deleted: z.union([z.literal(0), z.literal(1)]) }),
      ops: z.array(opSchema).check(z.minLength(1)),
    }),
  ),
});
export type ActivityBackup = z.infer<typeof backupSchema>;

/**
 * Every entry with changes the server has not confirmed, with those changes under their op ids:
 * imported on any device, they are queued again as the very same ops, so the server applies each
 * once, whichever device delivers it first.
 */
export async function exportUnsynced(): Promise<ActivityBackup> {
  const ops = await db.outbox.orderBy('seq').toArray();
  const byRecord = new Map<string, OutboxOp[]>();
  for (const op of ops) byRecord.set(op.recordId, [...(byRecord.get(op.recordId) ?? []), op]);
  const records = await db.activities.bulkGet([...byRecord.keys()]);
  const entries: ActivityBackup['entries'] = [];
  for (const record of records) {
    if (!record) continue;
    const { sync: _s, reportingYear: _r, createdBy: _c, updatedAt: _u, ...content } = record;
    entries.push({
      record: content,
      ops: byRecord.get(record.id)!.map((op) => ({
        opId: op.opId,
        kind: op.kind,
        partnerId: op.partnerId,
        ...(op.data ? { data: op.data } : {}),
        ...(op.baseVersion !== undefined ? { baseVersion: op.baseVersion } : {}),
        createdAt: op.createdAt,
      })),
    });
  }
  return { format: BACKUP_FORMAT, version: 1, exportedAt: new Date().toISOString(), deviceId: await deviceId(), entries };
}

export interface ImportSummary {
  /** Entries queued for the server from the file. */
  queued: number;
  /** Entries this device already holds with its own waiting changes, or whose changes it already has. */
  alreadyHere: number;
}

export class BackupFormatError extends Error {
  constructor() {
    super('This file is not a Vielfalt NRW backup of activity entries.');
    this.name = 'BackupFormatError';
  }
}

/** Queues the entries of a backup file again; ops this device already has are skipped by op id. */
export async function importBackup(json: unknown): Promise<ImportSummary> {
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) throw new BackupFormatError();
  const summary: ImportSummary = { queued: 0, alreadyHere: 0 };
  await db.transaction('rw', db.activities, db.outbox, async () => {
    for (const { record, ops } of parsed.data.entries) {
      const known = await db.outbox.where('opId').anyOf(ops.map((op) => op.opId)).count();
      const waiting = await db.outbox.where('recordId').equals(record.id).count();
      if (known > 0 || waiting > 0) {
        summary.alreadyHere += 1;
        continue;
      }
      const local: LocalActivity = {
        ...record,
        reportingYear: reportingYearOf(record.date),
        createdBy: (await db.activities.get(record.id))?.createdBy ?? null,
        updatedAt: new Date().toISOString(),
        sync: 'pending',
      };
      await db.activities.put(local);
      for (const op of ops) {
        await db.outbox.add({
          ...op,
          entity: 'activity',
          recordId: record.id,
          // It may have reached the server from the other device already: never rewrite it.
          sent: true,
          state: 'pending',
          before: null,
          attempts: 0,
        });
      }
      await refreshSyncState(record.id);
      summary.queued += 1;
    }
  });
  if (summary.queued > 0) notifyActivityWrite();
  return summary;
}

/** The backup as a file name and JSON text, ready for a download. */
export async function backupFile(): Promise<{ name: string; text: string; count: number }> {
  const backup = await exportUnsynced();
  const stamp = backup.exportedAt.slice(0, 16).replace(/[:T]/g, '-');
  return { name: `vielfalt-eintraege-${stamp}.json`, text: JSON.stringify(backup, null, 1), count: backup.entries.length };
}
