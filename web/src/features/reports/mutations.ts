import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CategoryId } from '../../../../shared/catalog/index.ts';
import {
  recordReminder,
  reopenReport,
  resolveReportConflict,
  saveBrochureIntros,
  submitReport,
} from '../../data/index.ts';
import { reportKeys } from './queries.ts';

type Target = { partnerId: string; year: number };

export const useSubmitReport = () =>
  useMutation({ mutationFn: ({ partnerId, year }: Target) => submitReport(partnerId, year) });

export const useReopenReport = () =>
  useMutation({ mutationFn: ({ partnerId, year }: Target) => reopenReport(partnerId, year) });

export const useResolveConflict = () =>
  useMutation({
    mutationFn: ({ partnerId, year, keep }: Target & { keep: 'mine' | 'theirs' }) =>
      resolveReportConflict(partnerId, year, keep),
  });

export function useSaveIntros(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (intros: Partial<Record<CategoryId, string>>) => saveBrochureIntros(year, intros),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportKeys.overview(year) }),
  });
}

export function useRecordReminder(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (partnerId: string) => recordReminder(year, partnerId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportKeys.overview(year) }),
  });
}
