import type { ActivityState } from '../../shared/activities/index.ts';
import type { SessionUser } from '../../shared/auth/index.ts';
import { mayManagePartner } from '../auth/guards.ts';
import { ACTIVITY_COLUMNS, toActivityState, type ActivityRow } from './activity-rows.ts';
import type { Queryable } from './client.ts';

export interface ActivityFilter {
  /** Required for an officer (their own partner); an admin may leave it out for all partners. */
  partnerId?: string;
  reportingYear?: number;
  includeDeleted?: boolean;
}

export async function listActivities(db: Queryable, filter: ActivityFilter): Promise<ActivityState[]> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.partnerId !== undefined) {
    params.push(filter.partnerId);
    where.push(`partner_id = $${params.length}`);
  }
  if (filter.reportingYear !== undefined) {
    params.push(filter.reportingYear);
    where.push(`reporting_year = $${params.length}`);
  }
  if (!filter.includeDeleted) where.push('not deleted');
  const rows = await db.query<ActivityRow>(
    `select ${ACTIVITY_COLUMNS} from activities ${where.length ? `where ${where.join(' and ')}` : ''}
     order by date desc, id desc`,
    params,
  );
  return rows.map(toActivityState);
}

export async function getActivity(db: Queryable, id: string): Promise<ActivityState | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const rows = await db.query<ActivityRow>(`select ${ACTIVITY_COLUMNS} from activities where id = $1`, [id]);
  return rows[0] ? toActivityState(rows[0]) : null;
}

/** Whether the user may read this partner's entries: officers their own partner, admins all. */
export const mayReadPartner = (user: SessionUser | null, partnerId: string) =>
  mayManagePartner(user, partnerId);
