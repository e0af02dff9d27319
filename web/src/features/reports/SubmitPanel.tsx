import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportState, VersionSummary } from '../../../../shared/reports/index.ts';
import { reportUrl, useOnline } from '../../data/index.ts';
import { useReopenReport, useSubmitReport } from './mutations.ts';

interface Props {
  partnerId: string;
  year: number;
  state: ReportState;
  submittedAt: string | null;
  versions: VersionSummary[];
  isAdmin: boolean;
  blocked: boolean;
}

/** Submit (locks the report), reopen (admins) and the history of submitted versions. */
export function SubmitPanel({ partnerId, year, state, submittedAt, versions, isAdmin, blocked }: Props) {
  const { t, i18n } = useTranslation('reports');
  const online = useOnline();
  const submit = useSubmitReport();
  const reopen = useReopenReport();
  const [confirming, setConfirming] = useState(false);
  const when = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const outcome = submit.data;
  const failed = outcome && outcome !== 'submitted';

  return (
    <section className="submit-panel" aria-labelledby="submit-title">
      <h2 id="submit-title">{t('editor.actions')}</h2>
      {state === 'submitted' ? (
        <>
          <p className="state-note">
            {t('editor.submitted', { when: submittedAt ? when(submittedAt) : '' })}
          </p>
          {isAdmin && (
            <button
              type="button"
              disabled={!online || reopen.isPending}
              onClick={() => reopen.mutate({ partnerId, year })}
            >
              {t('editor.reopen')}
            </button>
          )}
        </>
      ) : (
        <>
          {state === 'reopened' && <p className="state-note">{t('editor.reopened')}</p>}
          {!online && <p className="form-hint">{t('editor.submitOffline')}</p>}
          {confirming ? (
            <div className="notice" role="group" aria-labelledby="submit-confirm">
              <p id="submit-confirm">{t('editor.submitConfirm')}</p>
              <div className="button-row">
                <button
                  type="button"
                  disabled={!online || submit.isPending}
                  onClick={() =>
                    submit.mutate({ partnerId, year }, { onSettled: () => setConfirming(false) })
                  }
                >
                  {submit.isPending ? t('editor.submitting') : t('editor.submitYes')}
                </button>
                <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                  {t('editor.submitNo')}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" disabled={!online || blocked} onClick={() => setConfirming(true)}>
              {t('editor.submit')}
            </button>
          )}
          <p role="alert" className="form-error">
            {failed
              ? t(
                  outcome === 'offline'
                    ? 'sync.device'
                    : outcome === 'conflict'
                      ? 'sync.conflict'
                      : 'sync.error',
                )
              : ''}
          </p>
        </>
      )}
      <h3>{t('editor.history')}</h3>
      {versions.length === 0 ? (
        <p className="form-hint">{t('editor.noHistory')}</p>
      ) : (
        <ul className="versions">
          {versions.map((version) => (
            <li key={version.number}>
              {t('editor.versionLabel', { number: version.number, when: when(version.submittedAt) })}{' '}
              <a href={reportUrl(partnerId, year, `/versions/${version.number}.docx`)} download>
                {t('editor.versionDocx', { number: version.number })}
              </a>{' '}
              <a href={reportUrl(partnerId, year, `/versions/${version.number}.html`)}>
                {t('editor.versionHtml', { number: version.number })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
