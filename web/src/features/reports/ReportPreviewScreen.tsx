import { useTranslation } from 'react-i18next';
import { reportingYearLabel } from '../../../../shared/catalog/index.ts';
import { Link } from '../../app/router.tsx';
import { DownloadLinks } from './DownloadLinks.tsx';
import { useReportWorkspace } from './queries.ts';
import { deviceModel } from './report-model.ts';
import { ReportDocument } from './ReportDocument.tsx';
import { TotalsTable } from './TotalsTable.tsx';

/** The report as it will read, from this device's draft (offline too), with the downloads beside it. */
export function ReportPreviewScreen({ partnerId, year }: { partnerId: string; year: number }) {
  const { t } = useTranslation(['reports', 'common']);
  const { data: workspace, isLoading, refresh } = useReportWorkspace(partnerId, year);
  const view = workspace?.view ?? null;
  const back = `/reports/${encodeURIComponent(partnerId)}/${year}`;
  const title = <h1>{t('preview.title', { label: reportingYearLabel(year) })}</h1>;
  if (isLoading || (!view && refresh === 'loading')) {
    return (
      <>
        {title}
        <p role="status">{t('common:state.loading')}</p>
      </>
    );
  }
  if (!view) {
    return (
      <>
        {title}
        <p role="alert">
          {t(
            refresh === 'not-found'
              ? 'editor.notFound'
              : refresh === 'not-submitted'
                ? 'editor.notSubmitted'
                : refresh === 'forbidden'
                  ? 'editor.forbidden'
                  : 'editor.notCached',
          )}
        </p>
        <Link href="/reports">{t('home.title')}</Link>
      </>
    );
  }
  const model = deviceModel(view, workspace?.local?.draft ?? view.draft, workspace?.entries ?? view.entries);
  return (
    <>
      {title}
      <p>
        <Link href={back}>← {t('preview.back')}</Link>
      </p>
      <p className="form-hint">{t('preview.note')}</p>
      <ReportDocument model={model} />
      <TotalsTable model={model} />
      {/* Readers (not the partner's officers) get only the submitted version, without the entries table. */}
      <DownloadLinks partnerId={partnerId} year={year} csv={view.version > 0} />
    </>
  );
}
