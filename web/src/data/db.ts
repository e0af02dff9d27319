import Dexie, { type EntityTable } from 'dexie';
import type { CalendarOverride } from '../../../shared/calendar/override-schema.ts';
import type { Measure, Partner } from '../../../shared/catalog/index.ts';
import type { Mediator, Pool } from '../../../shared/mediators/index.ts';
import type { LocalActivity, OutboxOp } from './activity-types.ts';
import type { ReportDraftRecord, ReportViewRecord } from './report-records.ts';

export interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * The device database. Tables named like a pull collection mirror the server (see pull.ts);
 * `meta` holds cursors and sync state. Features add their tables in a new `version()` block.
 */
export class VielfaltDb extends Dexie {
  partners!: EntityTable<Partner, 'id'>;
  measures!: EntityTable<Measure, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  /** Admin overrides of the interreligious calendar (pull collection `calendar`, issue 9). */
  calendar!: EntityTable<CalendarOverride, 'id'>;
  /** Language-mediator pools (public). */
  pools!: EntityTable<Pool, 'id'>;
  /** Mediator contacts: personal data, only while a staff user is signed in (session.ts wipes it). */
  mediators!: EntityTable<Mediator, 'id'>;
  activities!: EntityTable<LocalActivity, 'id'>;
  outbox!: EntityTable<OutboxOp, 'seq'>;
  reportViews!: Dexie.Table<ReportViewRecord, [string, number]>;
  reportDrafts!: Dexie.Table<ReportDraftRecord, [string, number]>;

  constructor(name = 'vielfalt-nrw') {
    super(name);
    this.version(1).stores({
      partners: 'id, kind, region',
      measures: 'id, partnerId, category, reportingYear',
      meta: 'key',
    });
    // Issue 5: mediator pools and contacts.
    this.version(2).stores({
      pools: 'id, partnerId',
      mediators: 'id, poolId, partnerId',
    });
    // Issue 9: admin overrides of the interreligious calendar.
    this.version(5).stores({ calendar: 'id, year, holidayId' });
    // Issue 6: the officer's activity entries and the outbox of changes waiting for the server.
    this.version(3).stores({
      activities: 'id, partnerId, reportingYear, date, sync',
      outbox: '++seq, &opId, recordId, state',
    });
    // Issue 7: the server's view of a report (cached for offline use) and the device's draft of it.
    this.version(4).stores({
      reportViews: '[partnerId+year], partnerId',
      reportDrafts: '[partnerId+year], dirty',
    });
  }
}

export const db = new VielfaltDb();

export async function readMeta<T>(key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}
