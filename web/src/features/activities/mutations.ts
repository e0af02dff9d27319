import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActivityInput } from '../../../../shared/activities/index.ts';
import type { SessionUser } from '../../../../shared/auth/index.ts';
import {
  deleteActivity,
  discardRejected,
  importBackup,
  keepBoth,
  resolveConflict,
  restoreActivity,
  saveActivity,
} from '../../data/index.ts';
import { activityKeys } from './queries.ts';

function useActivityMutation<A, R>(run: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    networkMode: 'always', // everything here happens on the device, online or not
    // Not awaited: the save is done when the outbox has it, not when the lists have refreshed.
    onSettled: () => {
      void client.invalidateQueries({ queryKey: activityKeys.all });
    },
  });
}

export const useSaveActivity = () =>
  useActivityMutation(async ({ entry, user }: { entry: ActivityInput; user: SessionUser }) => {
    const record = await saveActivity(entry, user);
    // Submit (marked by the form) → entry and op committed on the device: the benchmark's figure.
    if (performance.getEntriesByName('activity-save:start').length) {
      performance.measure('activity-save', 'activity-save:start');
      performance.clearMarks('activity-save:start');
    }
    return record;
  });
export const useDeleteActivity = () => useActivityMutation((id: string) => deleteActivity(id));
export const useRestoreActivity = () => useActivityMutation((id: string) => restoreActivity(id));
export const useResolveConflict = () =>
  useActivityMutation(({ id, chosen }: { id: string; chosen: ActivityInput | null }) =>
    resolveConflict(id, chosen),
  );
export const useKeepBoth = () => useActivityMutation((id: string) => keepBoth(id));
export const useDiscardRejected = () => useActivityMutation((id: string) => discardRejected(id));
export const useImportBackup = () => useActivityMutation((json: unknown) => importBackup(json));
