import type { ActivityInput } from '../../shared/activities/index.ts';
import { reportingYearRange } from '../../shared/catalog/index.ts';
import type { Queryable } from '../db/client.ts';

/** Where reports read activity entries from: the activities table (issue 6), or a test's own list. */
export interface ReportEntrySource {
  /** The partner's entries whose date or range touches the reporting year. */
  entriesOf(db: Queryable, partnerId: string, year: number): Promise<ActivityInput[]>;
  /** Every partner's entries of the year (ministry charts). */
  entriesOfYear(db: Queryable, year: number): Promise<ActivityInput[]>;
}

/**
 * The partner's (or everyone's) live entries whose date or range touches the reporting year, as
 * one JSON value built by the database: parsing one JSON document is about three times faster
 * than reading hundreds of rows with array columns (PGlite), which keeps a 500-entry report fast.
 */
async function select(db: Queryable, year: number, partnerId: string | null): Promise<ActivityInput[]> {
  const { start, end } = reportingYearRange(year);
  const rows = await db.query<{ entries: ActivityInput[] | string }>(
    `select coalesce(json_agg(json_build_object(
       'id', id::text, 'partnerId', partner_id, 'date', date::text, 'endDate', end_date::text, 'title', title,
       'category', category, 'secondaryCategories', secondary_categories, 'status', status, 'type', type,
       'format', format, 'place', place, 'organisingUnit', organising_unit,
       'cooperationPartners', cooperation_partners, 'targetGroups', target_groups,
       'participantCount', participant_count, 'sessions', sessions, 'languages', languages,
       'fundingProgramme', funding_programme, 'links', links, 'note', note) order by date, id), '[]') as entries
     from activities
     where not deleted and date <= $1::date and coalesce(end_date, date) >= $2::date
     ${partnerId ? 'and partner_id = $3' : ''}`,
    partnerId ? [end, start, partnerId] : [end, start],
  );
  const value = rows[0]?.entries ?? [];
  return typeof value === 'string' ? (JSON.parse(value) as ActivityInput[]) : value;
}

export const dbEntrySource: ReportEntrySource = {
  entriesOf: (db, partnerId, year) => select(db, year, partnerId),
  entriesOfYear: (db, year) => select(db, year, null),
};

/** A source over a fixed list, for tests and the benchmark. */
export function memoryEntrySource(entries: () => readonly ActivityInput[]): ReportEntrySource {
  const inYear = (e: ActivityInput, year: number) => {
    const { start, end } = reportingYearRange(year);
    return e.date <= end && (e.endDate ?? e.date) >= start;
  };
  return {
    entriesOf: async (_db, partnerId, year) =>
      entries().filter((e) => e.partnerId === partnerId && inYear(e, year)),
    entriesOfYear: async (_db, year) => entries().filter((e) => inYear(e, year)),
  };
}
