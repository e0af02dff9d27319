import { useTranslation } from 'react-i18next';
import { Link } from '../../app/router.tsx';
import { useOnline, useSyncStatus } from '../../data/index.ts';
import { useCatalogStats } from './queries.ts';

/** What the device holds and how fresh it is; offline, the user learns that what they see is stored. */
export function SyncStateCard() {
  const { t, i18n } = useTranslation(['home', 'common']);
  const online = useOnline();
  const sync = useSyncStatus();
  const stats = useCatalogStats();
  const last = sync.lastSyncedAt
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(sync.lastSyncedAt),
      )
    : null;
  const firstSyncRunning = sync.phase === 'syncing' && sync.firstSync;

  return (
    <section className="home-card sync-card" aria-labelledby="sync-heading" data-testid="sync-card">
      <h2 id="sync-heading">{t('sync.title')}</h2>
      {!online && (
        <p>
          <span className="badge badge-offline">{t('sync.offline')}</span> {t('sync.offlineText')}
        </p>
      )}
      {firstSyncRunning ? (
        <p>{t('sync.firstSync', { loaded: sync.loaded, total: sync.total || '…' })}</p>
      ) : (
        stats.data && (
          <p>
            {stats.data.measures > 0
              ? t('sync.holds', {
                  measures: t('sync.measures', { count: stats.data.measures }),
                  partners: t('sync.partners', { count: stats.data.partners }),
                })
              : t('sync.nothing')}
          </p>
        )
      )}
      <p className="muted">{last ? t('sync.lastSynced', { when: last }) : t('sync.neverSynced')}</p>
      {sync.phase === 'error' && online && <p>{t(`common:sync.error.${sync.error ?? 'server'}`)}</p>}
      <p>
        <Link href="/settings">{t('sync.settings')}</Link>
      </p>
    </section>
  );
}
