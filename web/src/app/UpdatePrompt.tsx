import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useBusy, whenIdle } from '../data/index.ts';

/**
 * A new version waits for the user's word: never a surprise reload (CONVENTIONS.md #12). While a
 * form holds unsaved input or entries are being sent, the prompt waits too, and a reload asked
 * for just then happens once both are done.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const busy = useBusy();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh || busy.dirty || busy.pushing) return null;
  const reload = async () => {
    await whenIdle();
    await updateServiceWorker(true);
  };
  return (
    <div className="update-prompt" role="alert">
      <span>{t('update.available')}</span>
      <button type="button" onClick={() => void reload()}>
        {t('update.reload')}
      </button>
      <button type="button" className="secondary" onClick={() => setNeedRefresh(false)}>
        {t('update.later')}
      </button>
    </div>
  );
}
