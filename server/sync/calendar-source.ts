import { overrideFromRow } from '../db/calendar-repository.ts';
import type { PullSource } from './pull-source.ts';

/** Admin overrides of the interreligious calendar: public, like the calendar itself. */
export const calendarSource: PullSource = {
  collection: 'calendar',
  table: 'calendar_overrides',
  scope: () => 'all',
  toRecord: overrideFromRow,
};
