import { useTranslation } from 'react-i18next';
import { FAITH_IDS, calendarLanguage, faithName, type FaithId } from '../../../../shared/calendar/index.ts';
import { CopyButton } from './CopyButton.tsx';
import { formatList } from '../../i18n/index.ts';

/** The ICS feed of the chosen faiths: this year and the next, refreshed by the calendar app. */
export function feedUrl(faiths: readonly FaithId[], lang: string, origin = window.location.origin): string {
  const query = new URLSearchParams({ lang });
  if (faiths.length < FAITH_IDS.length) query.set('faiths', faiths.join(','));
  return `${origin}/api/calendar.ics?${query}`;
}

/** "Subscribe in my calendar": a webcal link (opens the calendar app) and the https address to copy. */
export function SubscribePanel({ faiths }: { faiths: readonly FaithId[] }) {
  const { t, i18n } = useTranslation('calendar');
  if (faiths.length === 0) return null;
  // The feed speaks the interface language (plain German subscribes to standard German).
  const lang = calendarLanguage(i18n.language) ?? 'de';
  const https = feedUrl(faiths, lang);
  const webcal = https.replace(/^https?:/, 'webcal:');
  const which =
    faiths.length === FAITH_IDS.length
      ? t('subscribe.allFaiths')
      : formatList(
          faiths.map((faith) => faithName(faith, i18n.language)),
          i18n.language,
        );
  return (
    <section className="subscribe" aria-labelledby="subscribe-heading" data-testid="subscribe">
      <h2 id="subscribe-heading">{t('subscribe.title')}</h2>
      <p id="subscribe-text">{t('subscribe.text', { faiths: which })}</p>
      <p className="subscribe-actions">
        <a className="button-link" href={webcal} data-testid="webcal-link">
          {t('subscribe.link')}
        </a>
        <CopyButton
          text={https}
          label={t('subscribe.copy')}
          done={t('subscribe.copied')}
          failed={t('subscribe.copyFailed')}
        />
      </p>
      <p className="hint">
        {t('subscribe.other')}{' '}
        <code className="feed-url" dir="ltr" lang="zxx" translate="no">
          {https}
        </code>
      </p>
    </section>
  );
}
