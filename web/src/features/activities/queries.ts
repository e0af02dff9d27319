import { useQuery } from '@tanstack/react-query';
import {
  activitySuggestions,
  getActivity,
  getConflict,
  lastSavedEntry,
  lastUsedValues,
  listActivities,
  rejectedChange,
} from '../../data/index.ts';

/** The activities feature's query keys; every key starts with `activities`, which a sync refreshes. */
export const activityKeys = {
  all: ['activities'] as const,
  list: (partnerId: string | null, year: number) => [...activityKeys.all, 'list', partnerId, year] as const,
  detail: (id: string) => [...activityKeys.all, 'detail', id] as const,
  conflict: (id: string) => [...activityKeys.all, 'conflict', id] as const,
  rejected: (id: string) => [...activityKeys.all, 'rejected', id] as const,
  suggestions: (partnerId: string) => [...activityKeys.all, 'suggestions', partnerId] as const,
  lastValues: () => [...activityKeys.all, 'last-values'] as const,
};

export const useActivities = (partnerId: string | null, year: number) =>
  useQuery({ queryKey: activityKeys.list(partnerId, year), queryFn: () => listActivities(partnerId, year) });
export const useActivity = (id: string) =>
  useQuery({ queryKey: activityKeys.detail(id), queryFn: () => getActivity(id) });
export const useConflict = (id: string) =>
  useQuery({ queryKey: activityKeys.conflict(id), queryFn: () => getConflict(id) });
export const useRejectedChange = (id: string) =>
  useQuery({ queryKey: activityKeys.rejected(id), queryFn: () => rejectedChange(id) });
export const useSuggestions = (partnerId: string) =>
  useQuery({ queryKey: activityKeys.suggestions(partnerId), queryFn: () => activitySuggestions(partnerId) });
export const useLastValues = () =>
  useQuery({
    queryKey: activityKeys.lastValues(),
    queryFn: async () => ({ values: await lastUsedValues(), entry: await lastSavedEntry() }),
  });
