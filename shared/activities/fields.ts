import type { ActivityInput } from './schema.ts';

/** The fields a user edits, in form order: what a conflict screen compares and what "repeat" copies. */
export const ACTIVITY_FIELDS = [
  'date',
  'endDate',
  'title',
  'category',
  'status',
  'type',
  'secondaryCategories',
  'format',
  'place',
  'organisingUnit',
  'cooperationPartners',
  'targetGroups',
  'participantCount',
  'sessions',
  'languages',
  'fundingProgramme',
  'links',
  'note',
] as const satisfies readonly (keyof ActivityInput)[];
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

/** Fields the quick-entry form pre-fills with the values last used on this device. */
export const REMEMBERED_FIELDS = [
  'category',
  'status',
  'type',
  'format',
  'place',
  'organisingUnit',
  'cooperationPartners',
  'targetGroups',
  'languages',
  'fundingProgramme',
] as const satisfies readonly ActivityField[];

export function fieldEquals(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return (a ?? null) === (b ?? null);
}

/** The fields in which two versions of an entry differ (partner included, since an admin may move one). */
export function differingFields(
  a: Partial<ActivityInput>,
  b: Partial<ActivityInput>,
): (ActivityField | 'partnerId')[] {
  const fields: (ActivityField | 'partnerId')[] = ACTIVITY_FIELDS.filter((f) => !fieldEquals(a[f], b[f]));
  if (!fieldEquals(a.partnerId, b.partnerId)) fields.unshift('partnerId');
  return fields;
}

export function sameContent(a: Partial<ActivityInput>, b: Partial<ActivityInput>): boolean {
  return differingFields(a, b).length === 0;
}

/** The editable content of a record (drops server fields such as version and audit data). */
export function contentOf<T extends ActivityInput>(record: T): ActivityInput {
  const content = { id: record.id, partnerId: record.partnerId } as ActivityInput;
  for (const field of ACTIVITY_FIELDS) (content as Record<string, unknown>)[field] = record[field];
  return content;
}

const blankToNull = (value: string | null) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** One spelling of each entry: trimmed texts, empty texts as null, secondary categories in order. */
export function normalizeActivityInput(entry: ActivityInput): ActivityInput {
  return {
    ...entry,
    title: entry.title.trim(),
    secondaryCategories: [...new Set(entry.secondaryCategories)].sort((a, b) => a - b),
    place: blankToNull(entry.place),
    organisingUnit: blankToNull(entry.organisingUnit),
    fundingProgramme: blankToNull(entry.fundingProgramme),
    note: blankToNull(entry.note),
    cooperationPartners: entry.cooperationPartners.map((x) => x.trim()).filter(Boolean),
    targetGroups: entry.targetGroups.map((x) => x.trim()).filter(Boolean),
  };
}
