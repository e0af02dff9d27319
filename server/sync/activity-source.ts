import { ACTIVITY_COLUMNS, toActivityRecord } from '../db/activity-rows.ts';
import type { PullSource } from './pull-source.ts';

/** Activity entries sync down to the officers of their partner; admins receive every partner's. */
export const activitiesSource: PullSource = {
  collection: 'activities',
  table: 'activities',
  columns: ACTIVITY_COLUMNS,
  scope: (user) => {
    if (user?.role === 'admin') return 'all';
    if (user?.role === 'officer' && user.partnerId)
      return { where: 'partner_id = $1', params: [user.partnerId] };
    return null;
  },
  toRecord: toActivityRecord,
};
