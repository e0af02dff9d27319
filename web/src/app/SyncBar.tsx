import { useTranslation } from 'react-i18next';
import { useOnline, useSyncStatus } from '../data/index.ts';
import { formatDateTime } from '../i18n/index.ts';

/** Offline badge and first-sync progress; changes are announced through a polite live region. */
export function SyncBar() {
  const { t, i18n } = useTranslation();
  const online = useOnline();
  const sync = useSyncStatus();
  const showProgress = sync.phase === 'syncing' && sync.total > 0;
  const last = sync.lastSyncedAt ? formatDateTime(sync.lastSyncedAt, i18n.language) : null;

  return (
    <div className="sync-bar" role="status" aria-live="polite">
      {!online && <span className="badge badge-offline">{t('sync.offline')}</span>}
      {showProgress && (
        <span className="sync-progress">
          <progress max={sync.total} value={sync.loaded} aria-label={t('sync.progressLabel')} />
          <span>{t('sync.progress', { loaded: sync.loaded, total: sync.total })}</span>
        </span>
      )}
      {!showProgress && sync.phase === 'error' && online && (
        <span>{t(`sync.error.${sync.error ?? 'server'}`)}</span>
      )}
      {!showProgress && last && <span className="sync-last">{t('sync.lastSynced', { when: last })}</span>}
    </div>
  );
}
