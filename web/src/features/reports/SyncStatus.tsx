import { useTranslation } from 'react-i18next';
import type { ReportPushOutcome, ReportDraftRecord } from '../../data/index.ts';

export type SyncState = 'idle' | 'device' | 'sending' | 'synced' | 'conflict' | 'locked' | 'error' | 'quota';

export function syncStateOf(
  local: ReportDraftRecord | null,
  {
    online,
    pushing,
    lastPush,
    quotaError,
  }: { online: boolean; pushing: boolean; lastPush: ReportPushOutcome | null; quotaError: boolean },
): SyncState {
  if (quotaError) return 'quota';
  if (!local) return 'idle';
  if (local.conflict) return 'conflict';
  if (local.dirty && local.locked) return 'locked';
  if (local.dirty) {
    if (!online || lastPush === 'offline') return 'device';
    if (pushing) return 'sending';
    return lastPush === 'server' || lastPush === 'rejected' ? 'error' : 'sending';
  }
  // Clean means the server has exactly this draft, whoever sent it (this screen or the background sync).
  return 'synced';
}

interface Props {
  state: SyncState;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  busy: boolean;
}

/** Where the draft stands, announced politely; a conflict asks the user which version to keep. */
export function SyncStatus({ state, onKeepMine, onTakeTheirs, busy }: Props) {
  const { t } = useTranslation('reports');
  const text = state === 'idle' ? '' : t(`sync.${state}`);
  return (
    <>
      <p className={`sync-status sync-${state}`} role="status" aria-live="polite">
        {text}
      </p>
      {state === 'conflict' && (
        <div className="notice" role="group" aria-label={t('sync.conflict')}>
          <p>{t('sync.conflict')}</p>
          <div className="button-row">
            <button type="button" onClick={onKeepMine} disabled={busy}>
              {t('sync.keepMine')}
            </button>
            <button type="button" className="secondary" onClick={onTakeTheirs} disabled={busy}>
              {t('sync.takeTheirs')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
