import type { ActivityInput, ActivityState } from '../../shared/activities/index.ts';

/** Columns read for an entry; dates as text so no time zone can shift them. */
export const ACTIVITY_COLUMNS = `id::text as id, partner_id, date::text as date, end_date::text as end_date, title,
  category, secondary_categories, status, type, format, place, organising_unit, cooperation_partners,
  target_groups, participant_count, sessions, languages, funding_programme, links, note, reporting_year,
  version, created_by, updated_at, deleted, seq`;

export type ActivityRow = Record<string, unknown>;

export function toActivityState(row: ActivityRow): ActivityState {
  return {
    id: row.id as string,
    partnerId: row.partner_id as string,
    date: row.date as string,
    endDate: (row.end_date as string | null) ?? null,
    title: row.title as string,
    category: row.category as ActivityInput['category'],
    secondaryCategories: (row.secondary_categories as ActivityInput['secondaryCategories']) ?? [],
    status: row.status as ActivityInput['status'],
    type: (row.type as ActivityInput['type']) ?? null,
    format: (row.format as ActivityInput['format']) ?? null,
    place: (row.place as string | null) ?? null,
    organisingUnit: (row.organising_unit as string | null) ?? null,
    cooperationPartners: (row.cooperation_partners as string[]) ?? [],
    targetGroups: (row.target_groups as string[]) ?? [],
    participantCount: (row.participant_count as number | null) ?? null,
    sessions: (row.sessions as number | null) ?? null,
    languages: (row.languages as string[]) ?? [],
    fundingProgramme: (row.funding_programme as string | null) ?? null,
    links: (row.links as string[]) ?? [],
    note: (row.note as string | null) ?? null,
    version: row.version as number,
    reportingYear: row.reporting_year as number,
    createdBy: (row.created_by as string | null) ?? null,
    updatedAt: new Date(row.updated_at as string | Date).toISOString(),
    deleted: row.deleted as boolean,
  };
}

/** The wire record of the pull (tombstones travel as ids, so `deleted` is dropped). */
export function toActivityRecord(row: ActivityRow) {
  const { deleted: _deleted, ...record } = toActivityState(row);
  return record;
}
