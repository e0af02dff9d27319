import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncStatus } from '../data/index.ts';

/**
 * Loading, error and empty states shared by every list; children render only when there is data.
 * `count` is the number of items to show (defaults to the length of an array result).
 */
export function ListState<T>({
  query,
  empty,
  count,
  children,
}: {
  query: UseQueryResult<T>;
  empty: ReactNode;
  count?: (data: T) => number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const sync = useSyncStatus();
  if (query.isPending) return <p role="status">{t('state.loading')}</p>;
  if (query.isError) {
    return (
      <div role="alert" className="state-error">
        <p>{t('state.error')}</p>
        <button type="button" onClick={() => void query.refetch()}>
          {t('state.retry')}
        </button>
      </div>
    );
  }
  const size = count ? count(query.data) : Array.isArray(query.data) ? query.data.length : 1;
  if (size === 0) {
    // An empty device database during the first sync is "still loading", not "nothing there".
    return (
      <div role="status" className="state-empty">
        {sync.phase === 'syncing' && sync.firstSync ? <p>{t('state.firstSync')}</p> : empty}
      </div>
    );
  }
  return <>{children}</>;
}
