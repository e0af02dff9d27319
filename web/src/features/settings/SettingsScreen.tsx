import { useTranslation } from 'react-i18next';
import { useOnline, useSyncStatus } from '../../data/index.ts';
import { useRequestPersistence, useUpdateNow } from './mutations.ts';
import { useStorageState } from './queries.ts';
import './settings.css';

export function SettingsScreen() {
  const { t, i18n } = useTranslation(['settings', 'common']);
  const storage = useStorageState();
  const persist = useRequestPersistence();
  const update = useUpdateNow();
  const online = useOnline();
  const sync = useSyncStatus();
  const state = storage.data;
  const dateTime = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  return (
    <>
      <h1>{t('title')}</h1>

      <section aria-labelledby="storage-heading" className="settings-section">
        <h2 id="storage-heading">{t('storage.title')}</h2>
        {storage.isPending && <p role="status">{t('common:state.loading')}</p>}
        {storage.isError && <p role="alert">{t('storage.unreadable')}</p>}
        {state && (
          <dl className="facts" data-testid="storage-facts">
            <dt>{t('storage.persistence')}</dt>
            <dd data-testid="persistence">{t(`storage.state.${state.persistence}`)}</dd>
            <dt>{t('storage.usage')}</dt>
            <dd data-testid="usage">
              {state.usage === null
                ? t('storage.unknown')
                : state.quota
                  ? t('storage.usageOf', {
                      used: formatBytes(state.usage, i18n.language),
                      quota: formatBytes(state.quota, i18n.language),
                    })
                  : formatBytes(state.usage, i18n.language)}
            </dd>
            {state.lastRequest && (
              <>
                <dt>{t('storage.lastRequest')}</dt>
                <dd>
                  {t(`storage.request.${state.lastRequest.granted ? 'granted' : 'declined'}`, {
                    when: dateTime(state.lastRequest.at),
                    reason: t(`storage.reason.${state.lastRequest.reason}`),
                  })}
                </dd>
              </>
            )}
          </dl>
        )}
        <p className="muted">{t('storage.explain')}</p>
        {state?.persistence === 'not-persisted' && (
          <button type="button" onClick={() => persist.mutate()} disabled={persist.isPending}>
            {t('storage.request.button')}
          </button>
        )}
        <p role="status" className="settings-outcome">
          {persist.data === 'persisted' && t('storage.request.nowGranted')}
          {persist.data === 'not-persisted' && t('storage.request.nowDeclined')}
          {persist.data === 'unsupported' && t('storage.state.unsupported')}
        </p>
      </section>

      <section aria-labelledby="data-heading" className="settings-section">
        <h2 id="data-heading">{t('data.title')}</h2>
        <p>
          {sync.lastSyncedAt ? t('data.lastSynced', { when: dateTime(sync.lastSyncedAt) }) : t('data.never')}
        </p>
        <button
          type="button"
          onClick={() => update.mutate()}
          disabled={!online || update.isPending || sync.phase === 'syncing'}
        >
          {t('data.updateNow')}
        </button>
        {!online && <p className="muted">{t('data.offline')}</p>}
        <p role="status" className="settings-outcome">
          {update.isPending && t('data.updating')}
          {update.isSuccess && sync.phase === 'idle' && t(update.data ? 'data.updated' : 'data.upToDate')}
          {update.isSuccess && sync.phase === 'error' && t(`common:sync.error.${sync.error ?? 'server'}`)}
        </p>
      </section>
    </>
  );
}

/** "2.4 MB", "1.2 GB" in the interface language. */
export function formatBytes(bytes: number, language: string): string {
  const [value, unit] =
    bytes >= 1e9
      ? [bytes / 1e9, 'gigabyte']
      : bytes >= 1e6
        ? [bytes / 1e6, 'megabyte']
        : [bytes / 1e3, 'kilobyte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
