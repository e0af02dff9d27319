import 'fake-indexeddb/auto';
import type { ActivityInput } from '../../../../shared/activities/index.ts';
import { uuidv7 } from '../../../../shared/sync/index.ts';
import { db } from '../db.ts';

/** Test helpers for the device database (fake-indexeddb in Node). */
export const OFFICER = { id: 'officer-1', email: 'o@example.org', displayName: 'O', role: 'officer', partnerId: 'stadt-juelich' } as const;

export async function resetDevice() {
  await db.transaction('rw', db.activities, db.outbox, db.meta, async () => {
    await Promise.all([db.activities.clear(), db.outbox.clear(), db.meta.clear()]);
  });
}

export function draft(change: Partial<ActivityInput> = {}): ActivityInput {
  return {
    id: uuidv7(),
    partnerId: OFFICER.partnerId,
    date: '2026-03-21',
    endDate: null,
    title: 'Infostand',
    category: 3,
    secondaryCategories: [],
    status: 'done',
    type: null,
    format: null,
    place: null,
    organisingUnit: null,
    cooperationPartners: [],
    targetGroups: [],
    participantCount: null,
    sessions: null,
    languages: [],
    fundingProgramme: null,
    links: [],
    note: null,
    ...change,
  };
}

export const outbox = () => db.outbox.orderBy('seq').toArray();
