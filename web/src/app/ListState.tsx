import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncStatus } from '../data/index.ts';

/** Loading, error and empty states shared by every list; children render only when there is data. */
export function ListState<T>({
  query,
  empty,
  children,
}: {
  query: UseQueryResult<T[]>;
  empty: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const sync = useSyncStatus();
  if (query.isPending) return <p role="status">{t('state.loading')}</p>;
  if (query.isError) return <p role="alert">{t('state.error')}</p>;
  if (query.data.length === 0) {
    // An empty device database during the first sync is "still loading", not "nothing there".
    return <p role="status">{sync.phase === 'syncing' ? t('state.firstSync') : empty}</p>;
  }
  return <>{children}</>;
}
