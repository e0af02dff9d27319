import type { CalendarOverride } from '../../../shared/calendar/override-schema.ts';
import { db } from './db.ts';
import { pullGroup, type PullGroup } from './pull.ts';

/**
 * The admins' calendar overrides on the device. They have their own pull group (and cursor): a device
 * that synced the catalog before this collection existed still receives every override from the start.
 * The holidays themselves are computed on the device (shared/calendar), for any year, offline.
 */
export const CALENDAR: PullGroup = { name: 'calendar', collections: ['calendar'] };

type Listener = () => void;
const listeners = new Set<Listener>();

/** Called after a pull that changed the overrides (to refresh open calendar screens). */
export function onCalendarChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyCalendarChanged(): void {
  for (const listener of listeners) listener();
}

export async function listCalendarOverrides(): Promise<CalendarOverride[]> {
  return db.calendar.toArray();
}

/** Pulls the overrides; failures are quiet (the computed calendar works without them). */
export async function pullCalendarOverrides(fetcher?: typeof fetch): Promise<boolean> {
  const outcome = await pullGroup(CALENDAR, undefined, fetcher);
  if (outcome.ok && outcome.changed) notifyCalendarChanged();
  return outcome.ok && outcome.changed;
}
