import type { ActivityInput } from '../../shared/activities/index.ts';
import { reportingYearRange } from '../../shared/catalog/index.ts';
import { ACTIVITY_COLUMNS, toActivityState, type ActivityRow } from '../db/activity-rows.ts';
import type { Queryable } from '../db/client.ts';

/** Where reports read activity entries from: the activities table (issue 6), or a test's own list. */
export interface ReportEntrySource {
  /** The partner's entries whose date or range touches the reporting year. */
  entriesOf(db: Queryable, partnerId: string, year: number): Promise<ActivityInput[]>;
  /** Every partner's entries of the year (ministry charts). */
  entriesOfYear(db: Queryable, year: number): Promise<ActivityInput[]>;
}

/** The partner's (or everyone's) live entries whose date or range touches the reporting year. */
async function select(db: Queryable, year: number, partnerId: string | null): Promise<ActivityInput[]> {
  const { start, end } = reportingYearRange(year);
  const rows = await db.query<ActivityRow>(
    `select ${ACTIVITY_COLUMNS} from activities
     where not deleted and date <= $1::date and coalesce(end_date, date) >= $2::date
     ${partnerId ? 'and partner_id = $3' : ''} order by date, id`,
    partnerId ? [end, start, partnerId] : [end, start],
  );
  return rows.map(toActivityState);
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
