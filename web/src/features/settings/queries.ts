import { useQuery } from '@tanstack/react-query';
import { readStorageState } from '../../data/index.ts';

export const settingsKeys = {
  all: ['settings'] as const,
  storage: () => [...settingsKeys.all, 'storage'] as const,
};

export const useStorageState = () =>
  useQuery({ queryKey: settingsKeys.storage(), queryFn: readStorageState, staleTime: 0 });
