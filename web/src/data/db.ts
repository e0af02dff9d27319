import Dexie, { type EntityTable } from 'dexie';
import type { Measure, Partner } from '../../../shared/catalog/index.ts';
import type { Mediator, Pool } from '../../../shared/mediators/index.ts';
import type { LocalActivity, OutboxOp } from './activity-types.ts';

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
  /** Language-mediator pools (public). */
  pools!: EntityTable<Pool, 'id'>;
  /** Mediator contacts: personal data, only while a staff user is signed in (session.ts wipes it). */
  mediators!: EntityTable<Mediator, 'id'>;
  activities!: EntityTable<LocalActivity, 'id'>;
  outbox!: EntityTable<OutboxOp, 'seq'>;

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
    // Issue 6: the officer's activity entries and the outbox of changes waiting for the server.
    this.version(3).stores({
      activities: 'id, partnerId, reportingYear, date, sync',
      outbox: '++seq, &opId, recordId, state',
    });
  }
}

export const db = new VielfaltDb();

export async function readMeta<T>(key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}
