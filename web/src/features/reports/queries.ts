import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import {
  fetchReport,
  fetchYearOverview,
  getReportWorkspace,
  onActivitiesChanged,
  onReportChanged,
  readCachedOverview,
  useOnline,
  type ReportFetchOutcome,
} from '../../data/index.ts';

/** The reports feature's query keys. */
export const reportKeys = {
  all: ['reports'] as const,
  workspace: (partnerId: string, year: number) => [...reportKeys.all, 'workspace', partnerId, year] as const,
  overview: (year: number) => [...reportKeys.all, 'overview', year] as const,
};

export type RefreshState = 'idle' | 'loading' | ReportFetchOutcome;

/** The report as stored on this device, refreshed from the server whenever the device is online. */
export function useReportWorkspace(partnerId: string, year: number) {
  const queryClient = useQueryClient();
  const online = useOnline();
  useEffect(() => {
    const stopReports = onReportChanged(
      (p, y) => void queryClient.invalidateQueries({ queryKey: reportKeys.workspace(p, y) }),
    );
    // New or changed entries on this device change the compiled report.
    const stopEntries = onActivitiesChanged(
      () => void queryClient.invalidateQueries({ queryKey: [...reportKeys.all, 'workspace'] }),
    );
    return () => {
      stopReports();
      stopEntries();
    };
  }, [queryClient]);
  // A separate key (not under `workspace`) so that local edits do not trigger a server fetch.
  const server = useQuery({
    queryKey: [...reportKeys.all, 'refresh', partnerId, year, online],
    queryFn: () => (online ? fetchReport(partnerId, year) : ('offline' as const)),
    gcTime: 0,
  });
  const query = useQuery({
    queryKey: reportKeys.workspace(partnerId, year),
    queryFn: () => getReportWorkspace(partnerId, year),
  });
  const refresh: RefreshState = server.data ?? (server.isFetching ? 'loading' : 'idle');
  return { ...query, refresh, online };
}

/** The ministry's overview of a year, from the last answer stored on this device and refreshed online. */
export function useYearOverview(year: number) {
  const queryClient = useQueryClient();
  const online = useOnline();
  const server = useQuery({
    queryKey: [...reportKeys.all, 'overview-refresh', year, online],
    queryFn: async () => {
      const outcome = online ? await fetchYearOverview(year) : ('offline' as const);
      await queryClient.invalidateQueries({ queryKey: reportKeys.overview(year) });
      return outcome;
    },
    gcTime: 0,
  });
  const query = useQuery({
    queryKey: reportKeys.overview(year),
    queryFn: async () => (await readCachedOverview(year)) ?? null,
  });
  const refresh = server.data ?? (server.isFetching ? ('loading' as const) : ('idle' as const));
  return { ...query, refresh, online };
}
