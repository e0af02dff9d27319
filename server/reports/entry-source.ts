import type { ActivityInput } from '../../shared/activities/index.ts';
import { reportingYearRange } from '../../shared/catalog/index.ts';
import type { Queryable } from '../db/client.ts';

/**
 * Where reports read activity entries from. The activities table arrives with issue 6; until it
 * exists there are no entries, and tests pass their own source.
 */
export interface ReportEntrySource {
  /** The partner's entries whose date or range touches the reporting year. */
  entriesOf(db: Queryable, partnerId: string, year: number): Promise<ActivityInput[]>;
  /** Every partner's entries of the year (ministry charts). */
  entriesOfYear(db: Queryable, year: number): Promise<ActivityInput[]>;
}

const isoDate = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    // pg reads a `date` column as local midnight; its local calendar day is the stored day.
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return String(value).slice(0, 10);
};

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

export function activityFromRow(row: Record<string, unknown>): ActivityInput {
  return {
    id: row.id as string,
    partnerId: row.partner_id as string,
    date: isoDate(row.date)!,
    endDate: isoDate(row.end_date),
    title: row.title as string,
    category: Number(row.category) as ActivityInput['category'],
    secondaryCategories: list<number>(row.secondary_categories).map(
      Number,
    ) as ActivityInput['secondaryCategories'],
    status: row.status as ActivityInput['status'],
    type: (row.type as ActivityInput['type']) ?? null,
    format: (row.format as ActivityInput['format']) ?? null,
    place: (row.place as string | null) ?? null,
    organisingUnit: (row.organising_unit as string | null) ?? null,
    cooperationPartners: list(row.cooperation_partners),
    targetGroups: list(row.target_groups),
    participantCount:
      row.participant_count === null || row.participant_count === undefined
        ? null
        : Number(row.participant_count),
    sessions: row.sessions === null || row.sessions === undefined ? null : Number(row.sessions),
    languages: list(row.languages),
    fundingProgramme: (row.funding_programme as string | null) ?? null,
    links: list(row.links),
    note: (row.note as string | null) ?? null,
  };
}

async function hasActivitiesTable(db: Queryable): Promise<boolean> {
  const rows = await db.query<{ t: string | null }>("select to_regclass('activities')::text as t");
  return !!rows[0]?.t;
}

async function select(db: Queryable, year: number, partnerId: string | null): Promise<ActivityInput[]> {
  if (!(await hasActivitiesTable(db))) return [];
  const { start, end } = reportingYearRange(year);
  const rows = await db.query(
    `select * from activities where not deleted and date <= $1 and coalesce(end_date, date) >= $2
     ${partnerId ? 'and partner_id = $3' : ''} order by date`,
    partnerId ? [end, start, partnerId] : [end, start],
  );
  return rows.map(activityFromRow);
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
