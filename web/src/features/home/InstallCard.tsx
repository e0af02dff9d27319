import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { promptInstall, useInstallState } from '../../app/install.ts';

const DISMISSED_KEY = 'vielfalt.installCardDismissedAt';
const DISMISS_DAYS = 30;

function dismissedRecently(): boolean {
  const at = Number(localStorage.getItem(DISMISSED_KEY) ?? 0);
  return Date.now() - at < DISMISS_DAYS * 86_400_000;
}

/**
 * Offers installing the app: the browser's own prompt where there is one, step-by-step
 * instructions on iPhone and iPad (Safari has no prompt), nothing once the app runs installed.
 */
export function InstallCard() {
  const { t } = useTranslation('home');
  const install = useInstallState();
  const [dismissed, setDismissed] = useState(dismissedRecently);
  if (install.standalone || dismissed || (!install.canPrompt && !install.ios)) return null;

  const dismiss = () => {
    localStorage.setItem(DISMISSED_KEY, String(Date.now()));
    setDismissed(true);
  };

  return (
    <section className="home-card install-card" aria-labelledby="install-heading" data-testid="install-card">
      <h2 id="install-heading">{t('install.title')}</h2>
      <p>{t('install.why')}</p>
      {install.canPrompt ? (
        <div className="button-row">
          <button type="button" onClick={() => void promptInstall()}>
            {t('install.button')}
          </button>
          <button type="button" className="secondary" onClick={dismiss}>
            {t('install.later')}
          </button>
        </div>
      ) : (
        <>
          <ol className="install-steps" data-testid="ios-steps">
            <li>
              {t('install.ios.share')} <ShareIcon />
            </li>
            <li>{t('install.ios.add')}</li>
            <li>{t('install.ios.confirm')}</li>
          </ol>
          <button type="button" className="secondary" onClick={dismiss}>
            {t('install.later')}
          </button>
        </>
      )}
    </section>
  );
}

/** The iOS share symbol (a box with an arrow pointing up), so the step matches what the user sees. */
function ShareIcon() {
  return (
    <svg
      className="share-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M12 3v12M8 7l4-4 4 4M6 11H5v10h14V11h-1"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
