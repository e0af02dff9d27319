import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  entriesBetween,
  entriesForYear,
  findEntry,
  sameHolidayInYears,
  type CalendarEntry,
  type FaithId,
  type HolidayKey,
} from '../../../../shared/calendar/index.ts';
import { listCalendarOverrides } from '../../data/index.ts';

/** The calendar feature's query keys; the shell invalidates `['calendar']` after a pull that changed overrides. */
export const calendarKeys = {
  all: ['calendar'] as const,
  overrides: () => [...calendarKeys.all, 'overrides'] as const,
};

/** The admins' overrides stored on the device (the holidays themselves are computed, not stored). */
export const useCalendarOverrides = () =>
  useQuery({ queryKey: calendarKeys.overrides(), queryFn: listCalendarOverrides });

/** The result of a computation over the overrides; `data` is undefined until they are read. */
interface Computed<T> {
  data: T | undefined;
  isError: boolean;
}

// Entries are computed only once the overrides are read, so a corrected date never flashes its computed one.

export function useYearEntries(year: number, faiths: readonly FaithId[]): Computed<CalendarEntry[]> {
  const { data: overrides, isError } = useCalendarOverrides();
  const data = useMemo(
    () => (overrides ? entriesForYear(year, overrides, { faiths }) : undefined),
    [overrides, year, faiths],
  );
  return { data, isError };
}

export function useEntriesBetween(
  from: string,
  to: string,
  faiths: readonly FaithId[],
): Computed<CalendarEntry[]> {
  const { data: overrides, isError } = useCalendarOverrides();
  const data = useMemo(
    () => (overrides ? entriesBetween(from, to, overrides, { faiths }) : undefined),
    [overrides, from, to, faiths],
  );
  return { data, isError };
}

export function useEntry(id: string): Computed<CalendarEntry | null> {
  const { data: overrides, isError } = useCalendarOverrides();
  const data = useMemo(() => (overrides ? findEntry(id, overrides) : undefined), [overrides, id]);
  return { data, isError };
}

/** The same holiday in other years, for "in other years" on its page. */
export function useOtherYears(key: HolidayKey | null, years: readonly number[]): Computed<CalendarEntry[]> {
  const { data: overrides, isError } = useCalendarOverrides();
  const yearsKey = years.join(',');
  const data = useMemo(() => {
    if (!overrides) return undefined;
    const list = yearsKey.split(',').map(Number);
    return key ? sameHolidayInYears(key, list, overrides) : [];
  }, [overrides, key, yearsKey]);
  return { data, isError };
}
