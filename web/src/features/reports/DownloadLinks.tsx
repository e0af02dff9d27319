import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportUrl, useOnline } from '../../data/index.ts';

/** The server's exports of the report, and sharing its address. */
export function DownloadLinks({
  partnerId,
  year,
  csv = true,
}: {
  partnerId: string;
  year: number;
  csv?: boolean;
}) {
  const { t } = useTranslation('reports');
  const online = useOnline();
  const [copied, setCopied] = useState(false);
  const share = async () => {
    const url = `${window.location.origin}/reports/${encodeURIComponent(partnerId)}/${year}`;
    if (navigator.share) {
      await navigator.share({ title: document.title, url }).catch(() => undefined);
      return;
    }
    await navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => undefined,
    );
  };
  const link = (suffix: string, label: string, download: boolean) =>
    online ? (
      <a className="button-link" href={reportUrl(partnerId, year, suffix)} download={download || undefined}>
        {label}
      </a>
    ) : (
      <span className="button-link disabled" aria-disabled="true">
        {label}
      </span>
    );
  return (
    <section className="downloads" aria-labelledby="downloads-title">
      <h2 id="downloads-title">{t('downloads.title')}</h2>
      <p className="form-hint">{online ? t('downloads.serverVersion') : t('downloads.offline')}</p>
      <div className="button-row">
        {link('.docx', t('downloads.docx'), true)}
        {link('.html', t('downloads.html'), false)}
        {csv && link('.csv', t('downloads.csv'), true)}
        <button type="button" className="secondary" onClick={() => void share()}>
          {t('downloads.share')}
        </button>
      </div>
      <p role="status" className="form-hint">
        {copied ? t('downloads.copied') : ''}
      </p>
    </section>
  );
}
