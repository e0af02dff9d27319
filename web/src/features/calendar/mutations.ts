import { useMutation } from '@tanstack/react-query';
import type { CalendarOverrideInput } from '../../../../shared/calendar/index.ts';
import { deleteCalendarOverride, saveCalendarOverride } from '../../data/index.ts';

/** Admin writes; the data layer stores the result on the device, and the shell refreshes `['calendar']`. */
export const useSaveOverride = () =>
  useMutation({
    mutationFn: ({
      input,
      existing,
    }: {
      input: Omit<CalendarOverrideInput, 'baseVersion'>;
      existing: { id: string; version: number } | null;
    }) => saveCalendarOverride(input, existing),
  });

export const useDeleteOverride = () =>
  useMutation({
    mutationFn: (existing: { id: string; version: number }) => deleteCalendarOverride(existing),
  });
