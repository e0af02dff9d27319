import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { requestActivitySync, useActivitySyncStatus } from '../../data/index.ts';
import { Link } from '../../app/router.tsx';
import { preloadActivityScreens } from './routes.tsx';
import { useActivityUser } from './useActivityUser.ts';

/**
 * The officer's sync indicator in the shell: how many entries wait, whether any needs a decision,
 * when sending last succeeded, and what went wrong. Announced politely when it changes.
 */
export function ActivitySyncIndicator() {
  const { t, i18n } = useTranslation('activities');
  const access = useActivityUser();
  const status = useActivitySyncStatus();
  const allowed = access.status === 'ok';
  useEffect(() => {
    if (allowed) void preloadActivityScreens();
  }, [allowed]);
  if (!allowed) return null;
  const when = status.lastSuccessAt
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(
        new Date(status.lastSuccessAt),
      )
    : null;
  const state = status.attention > 0 ? 'attention' : status.pending > 0 ? 'pending' : 'clean';
  return (
    <section
      className={`activity-sync activity-sync-${state}`}
      aria-label={t('indicator.label')}
      data-testid="activity-sync"
    >
      <p role="status" className="activity-sync-text">
        {status.running ? (
          <span>{t('indicator.running')}</span>
        ) : status.pending > 0 ? (
          <span data-testid="pending-count">{t('indicator.pending', { count: status.pending })}</span>
        ) : (
          <span>{t('indicator.allSent')}</span>
        )}
        {status.attention > 0 && (
          <>
            {' · '}
            <Link href="/activities">{t('indicator.attention', { count: status.attention })}</Link>
          </>
        )}
        {' · '}
        <span className="muted">{when ? t('indicator.lastSuccess', { when }) : t('indicator.never')}</span>
        {status.error && status.pending > 0 && (
          <span className="activity-sync-error"> {t(`indicator.errors.${status.error}`)}</span>
        )}
      </p>
      {status.pending > 0 && !status.running && (
        <button type="button" className="secondary small" onClick={() => requestActivitySync('manual')}>
          {t('indicator.syncNow')}
        </button>
      )}
    </section>
  );
}
