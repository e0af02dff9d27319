import { useSyncExternalStore } from 'react';
import { FAITH_IDS, isFaithId, type FaithId } from '../../../../shared/calendar/types.ts';

/**
 * The calendar's choices remembered on this device (localStorage: small, synchronous, not personal):
 * which faith communities to show, and list or month view. Every screen reads the same store, so the
 * home screen's "next 30 days" follows the filter chosen in the calendar.
 */

const FAITHS_KEY = 'vielfalt.calendar.faiths';
const VIEW_KEY = 'vielfalt.calendar.view';

export type CalendarView = 'agenda' | 'month';

function read<T>(key: string, parse: (raw: string) => T | null): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? null : parse(raw);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private mode or a full storage: the choice then lasts for this visit only.
  }
}

function parseFaiths(raw: string): readonly FaithId[] | null {
  const parsed: unknown = JSON.parse(raw);
  if (!Array.isArray(parsed)) return null;
  const chosen = new Set(
    parsed.filter((value): value is FaithId => typeof value === 'string' && isFaithId(value)),
  );
  return FAITH_IDS.filter((faith) => chosen.has(faith));
}

let faiths: readonly FaithId[] = read(FAITHS_KEY, parseFaiths) ?? FAITH_IDS;
const parseView = (raw: string): CalendarView | null => (raw === 'month' || raw === 'agenda' ? raw : null);
let view: CalendarView = read(VIEW_KEY, parseView) ?? 'agenda';
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === FAITHS_KEY) faiths = read(FAITHS_KEY, parseFaiths) ?? FAITH_IDS;
    if (event.key === VIEW_KEY) view = read(VIEW_KEY, parseView) ?? 'agenda';
    if (event.key === FAITHS_KEY || event.key === VIEW_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

const notify = () => listeners.forEach((listener) => listener());

/** The chosen faiths, in the calendar's order (all of them until the user chooses). */
export function useFaithFilter(): readonly FaithId[] {
  return useSyncExternalStore(subscribe, () => faiths);
}

export function setFaithFilter(next: readonly FaithId[]) {
  const chosen = new Set(next);
  faiths = FAITH_IDS.filter((faith) => chosen.has(faith));
  write(FAITHS_KEY, faiths.length === FAITH_IDS.length ? null : JSON.stringify(faiths));
  notify();
}

export function useCalendarView(): CalendarView {
  return useSyncExternalStore(subscribe, () => view);
}

export function setCalendarView(next: CalendarView) {
  view = next;
  write(VIEW_KEY, next);
  notify();
}
