import { useMutation, useQueryClient } from '@tanstack/react-query';
import { pullCatalog, requestPersistentStorage } from '../../data/index.ts';
import { settingsKeys } from './queries.ts';

export function useRequestPersistence() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => requestPersistentStorage('user'),
    onSettled: () => client.invalidateQueries({ queryKey: settingsKeys.storage() }),
  });
}

/** "Update now": a pull outside the automatic schedule; open lists refresh through the catalog invalidation. */
export function useUpdateNow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => pullCatalog(),
    onSettled: () => client.invalidateQueries({ queryKey: settingsKeys.storage() }),
  });
}
