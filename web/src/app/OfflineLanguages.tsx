import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  allLanguagesDownloadBytes,
  formatNumber,
  LANGUAGES,
  languagesStoredOffline,
  makeAllLanguagesOffline,
  offlineLanguagesSupported,
} from '../i18n/index.ts';
import { CheckIcon } from './icons.tsx';

type Phase = { kind: 'idle' } | { kind: 'saving'; share: number } | { kind: 'failed' };

/**
 * The opt-in "make all languages available offline", inside the language menu where people look
 * for it. Languages used once are stored anyway; this stores the others too.
 */
export function OfflineLanguages({
  online,
  onStored,
}: {
  online: boolean;
  onStored: (stored: Set<string>) => void;
}) {
  const { t, i18n } = useTranslation();
  const [complete, setComplete] = useState<boolean | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  useEffect(() => {
    if (!offlineLanguagesSupported()) return;
    void languagesStoredOffline().then(
      (stored) => setComplete(stored.size === LANGUAGES.length),
      () => setComplete(false),
    );
  }, []);

  if (!offlineLanguagesSupported() || complete === null) return null;

  const save = async () => {
    setPhase({ kind: 'saving', share: 0 });
    try {
      await makeAllLanguagesOffline((done, total) =>
        setPhase({ kind: 'saving', share: total === 0 ? 1 : done / total }),
      );
      const stored = await languagesStoredOffline();
      onStored(stored);
      setComplete(stored.size === LANGUAGES.length);
      setPhase({ kind: stored.size === LANGUAGES.length ? 'idle' : 'failed' });
    } catch {
      setPhase({ kind: 'failed' });
    }
  };

  const size = formatNumber(Math.max(1, Math.round(allLanguagesDownloadBytes() / 1024)), i18n.language, {
    style: 'unit',
    unit: 'kilobyte',
  });

  return (
    <section className="offline-languages" aria-labelledby="offline-languages-title">
      <p id="offline-languages-title" className="offline-title">
        {t('language.offline.title')}
      </p>
      <div role="status" aria-live="polite">
        {complete ? (
          <p className="offline-done">
            <CheckIcon /> {t('language.offline.done')}
          </p>
        ) : phase.kind === 'saving' ? (
          <p className="offline-progress">
            <progress max={1} value={phase.share} aria-label={t('language.offline.title')} />{' '}
            {t('language.offline.progress', {
              percent: formatNumber(phase.share, i18n.language, { style: 'percent' }),
            })}
          </p>
        ) : phase.kind === 'failed' ? (
          <p className="language-error">{t('language.offline.failed')}</p>
        ) : null}
      </div>
      {!complete && (
        <>
          <p className="offline-explain">{t('language.offline.explain', { size })}</p>
          {online ? (
            <button
              type="button"
              className="secondary"
              disabled={phase.kind === 'saving'}
              onClick={() => void save()}
            >
              {t('language.offline.action')}
            </button>
          ) : (
            <p className="offline-explain">{t('language.offline.needsConnection')}</p>
          )}
        </>
      )}
    </section>
  );
}
