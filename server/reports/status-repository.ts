import type { PartnerReportStatus, ReportState } from '../../shared/reports/index.ts';
import type { Queryable } from '../db/client.ts';

const iso = (value: unknown): string | null =>
  value === null || value === undefined ? null : value instanceof Date ? value.toISOString() : String(value);

/** Every partner's report state for a year, for the ministry's overview and reminders list. */
export async function yearStatus(db: Queryable, year: number): Promise<PartnerReportStatus[]> {
  const rows = await db.query(
    `select p.id, p.name, r.state, r.updated_at, r.submitted_at,
       (select count(*) from report_versions v where v.partner_id = p.id and v.year = $1) as versions,
       (select max(reminded_at) from report_reminders m where m.partner_id = p.id and m.year = $1) as reminded_at,
       (select count(*) from report_reminders m where m.partner_id = p.id and m.year = $1) as reminders
     from partners p left join reports r on r.partner_id = p.id and r.year = $1
     where not p.deleted order by p.name`,
    [year],
  );
  return rows.map((r) => ({
    partnerId: r.id as string,
    partnerName: r.name as string,
    state: ((r.state as string | null) ?? 'not-started') as ReportState,
    updatedAt: iso(r.updated_at),
    submittedAt: iso(r.submitted_at),
    versions: Number(r.versions),
    remindedAt: iso(r.reminded_at),
    reminders: Number(r.reminders),
  }));
}

export async function addReminder(
  db: Queryable,
  partnerId: string,
  year: number,
  userId: string | null,
): Promise<string> {
  const rows = await db.query<{ reminded_at: Date | string }>(
    'insert into report_reminders (partner_id, year, reminded_by) values ($1, $2, $3) returning reminded_at',
    [partnerId, year, userId],
  );
  return iso(rows[0]!.reminded_at)!;
}

export async function findPartner(db: Queryable, id: string): Promise<{ id: string; name: string } | null> {
  const rows = await db.query<{ id: string; name: string }>(
    'select id, name from partners where id = $1 and not deleted',
    [id],
  );
  return rows[0] ?? null;
}
