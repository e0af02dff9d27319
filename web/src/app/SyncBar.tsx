import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useOnline, useSyncStatus, type SyncStatus } from '../data/index.ts';
import { formatDateTime, formatNumber } from '../i18n/index.ts';

/** Incremental pulls of a few records stay quiet; big ones and the first sync show a progress bar. */
const QUIET_BELOW = 100;

/**
 * Offline badge, sync progress and last sync. Only phase changes go to the live region
 * (first sync started / done, offline, errors), not every page of progress.
 */
export function SyncBar() {
  const { t, i18n } = useTranslation();
  const online = useOnline();
  const sync = useSyncStatus();
  const showProgress = sync.phase === 'syncing' && (sync.firstSync || sync.total >= QUIET_BELOW);
  // "45 %", "%45", "٤٥٪"-style as the language writes it (Latin digits, see the registry).
  const share = sync.total > 0 ? Math.min(1, sync.loaded / sync.total) : 0;
  const percent = formatNumber(share, i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const last = sync.lastSyncedAt ? formatDateTime(sync.lastSyncedAt, i18n.language) : null;

  return (
    <div className="sync-bar">
      {!online && <span className="badge badge-offline">{t('sync.offline')}</span>}
      {showProgress && (
        <span className="sync-progress" data-testid="sync-progress">
          {sync.total > 0 ? (
            <>
              <progress max={sync.total} value={sync.loaded} aria-label={t('sync.progressLabel')} />
              <span>{t('sync.progress', { loaded: sync.loaded, total: sync.total, percent })}</span>
            </>
          ) : (
            <>
              {/* Until the server has said how much there is: an indeterminate bar. */}
              <progress aria-label={t('sync.progressLabel')} />
              <span>{t('sync.connecting')}</span>
            </>
          )}
        </span>
      )}
      {!showProgress && sync.phase === 'error' && online && (
        <span>{t(SYNC_ERROR_KEYS[sync.error ?? 'server'])}</span>
      )}
      {!showProgress && last && <span className="sync-last">{t('sync.lastSynced', { when: last })}</span>}
      <span className="visually-hidden" role="status">
        {announcement(sync, online, t)}
      </span>
    </div>
  );
}

const SYNC_ERROR_KEYS = {
  offline: 'sync.error.offline',
  server: 'sync.error.server',
  quota: 'sync.error.quota',
} as const;

function announcement(sync: SyncStatus, online: boolean, t: TFunction<'common'>): string {
  if (!online) return t('sync.announce.offline');
  if (sync.phase === 'error') return t(SYNC_ERROR_KEYS[sync.error ?? 'server']);
  if (sync.firstSync)
    return sync.phase === 'syncing' ? t('sync.announce.firstSync') : t('sync.announce.firstSyncDone');
  return '';
}
