import type { ActivityInput } from '../../shared/activities/index.ts';
import { uuidv7, type PushOp } from '../../shared/sync/index.ts';

export function sampleEntry(partnerId: string, change: Partial<ActivityInput> = {}): ActivityInput {
  return {
    id: uuidv7(),
    partnerId,
    date: '2026-03-21',
    endDate: null,
    title: 'Infostand zum Internationalen Tag gegen Rassismus',
    category: 3,
    secondaryCategories: [],
    status: 'done',
    type: 'event',
    format: 'in-person',
    place: 'Marktplatz',
    organisingUnit: null,
    cooperationPartners: ['Integrationsrat'],
    targetGroups: [],
    participantCount: 120,
    sessions: 1,
    languages: ['de', 'tr'],
    fundingProgramme: null,
    links: [],
    note: null,
    ...change,
  };
}

export const upsertOp = (data: ActivityInput, baseVersion: number | null = null): PushOp => ({
  opId: uuidv7(),
  kind: 'upsert',
  entity: 'activity',
  id: data.id,
  baseVersion,
  data,
});

export const deleteOp = (id: string, baseVersion: number): PushOp => ({
  opId: uuidv7(),
  kind: 'delete',
  entity: 'activity',
  id,
  baseVersion,
});
