import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { reportingYearLabel } from '../../../../shared/catalog/index.ts';
import { sourceNote } from '../../../../shared/reports/index.ts';
import { useSession } from '../../data/index.ts';
import { Link } from '../../app/router.tsx';
import { CategorySection } from './CategorySection.tsx';
import { CommitmentsEditor } from './CommitmentsEditor.tsx';
import { DownloadLinks } from './DownloadLinks.tsx';
import { useResolveConflict } from './mutations.ts';
import { useReportWorkspace } from './queries.ts';
import { deviceModel } from './report-model.ts';
import { isReportYear } from './years.ts';
import { SubmitPanel } from './SubmitPanel.tsx';
import { SyncStatus, syncStateOf } from './SyncStatus.tsx';
import { TotalsTable } from './TotalsTable.tsx';
import { useDraftEditing } from './use-draft.ts';

/** The officer's editor of one report year: intro, commitments, narratives, entries, submit. */
export function ReportEditorScreen({ partnerId, year }: { partnerId: string; year: number }) {
  const { t, i18n } = useTranslation(['reports', 'common']);
  const session = useSession();
  const { data: workspace, isLoading, refresh, online } = useReportWorkspace(partnerId, year);
  const editing = useDraftEditing(partnerId, year, workspace);
  const resolve = useResolveConflict();
  const view = workspace?.view ?? null;
  const draft = editing.draft;
  const entries = workspace?.entries;
  const model = useMemo(
    () => (view && entries ? deviceModel(view, draft, entries) : null),
    [view, draft, entries],
  );
  const label = reportingYearLabel(year);
  const title = <h1>{t('editor.title', { label })}</h1>;

  if (isLoading || (!view && refresh === 'loading')) {
    return (
      <>
        {title}
        <p role="status">{t('common:state.loading')}</p>
      </>
    );
  }
  if (!view || !model || !draft) {
    const reason =
      refresh === 'not-found'
        ? 'notFound'
        : refresh === 'not-submitted'
          ? 'notSubmitted'
          : refresh === 'forbidden'
            ? 'forbidden'
            : 'notCached';
    return (
      <>
        {title}
        <p role="alert">{t(`editor.${reason}`)}</p>
        <Link href="/reports">{t('home.title')}</Link>
      </>
    );
  }

  const local = workspace?.local ?? null;
  const readOnly = view.state === 'submitted' || !!local?.locked;
  const syncState = syncStateOf(local, { online, ...editing });
  const when = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const note = sourceNote(view.source);

  return (
    <>
      {title}
      <p className="lead">
        {model.partnerName} · {t('editor.period', { period: model.periodText })}
      </p>
      <p>
        <span className={`state-badge state-${view.state}`}>{t(`states.${view.state}`)}</span>
      </p>
      <nav className="year-nav" aria-label={t('editor.yearNav')}>
        {isReportYear(year - 1) && (
          <Link href={`/reports/${encodeURIComponent(partnerId)}/${year - 1}`}>
            ← {t('editor.previousYear')} {reportingYearLabel(year - 1)}
          </Link>
        )}
        {isReportYear(year + 1) && (
          <Link href={`/reports/${encodeURIComponent(partnerId)}/${year + 1}`}>
            {t('editor.nextYear')} {reportingYearLabel(year + 1)} →
          </Link>
        )}
        <Link href={`/reports/${encodeURIComponent(partnerId)}/${year}/preview`}>{t('editor.preview')}</Link>
      </nav>
      {note && <p className="notice">{t('editor.imported')}</p>}
      {!online && workspace?.fetchedAt && (
        <p className="notice">{t('editor.offlineCopy', { when: when(workspace.fetchedAt) })}</p>
      )}
      {online && refresh === 'server' && <p className="notice">{t('editor.serverError')}</p>}
      <SyncStatus
        state={syncState}
        busy={resolve.isPending}
        onKeepMine={() => resolve.mutate({ partnerId, year, keep: 'mine' })}
        onTakeTheirs={() => {
          if (local?.conflict) editing.adopt(local.conflict.draft);
          resolve.mutate({ partnerId, year, keep: 'theirs' });
        }}
      />

      <section aria-labelledby="intro-title">
        <h2 id="intro-title">{t('editor.intro')}</h2>
        <p className="form-hint" id="report-intro-hint">
          {t('editor.introHint')}
        </p>
        <textarea
          id="report-intro"
          className="report-intro"
          aria-labelledby="intro-title"
          aria-describedby="report-intro-hint"
          rows={5}
          value={draft.intro}
          readOnly={readOnly}
          maxLength={20_000}
          onChange={(e) => editing.update({ ...draft, intro: e.target.value })}
        />
      </section>

      <CommitmentsEditor
        items={draft.commitments}
        readOnly={readOnly}
        onChange={(commitments) => editing.update({ ...draft, commitments })}
      />

      {model.categories.map((section) => (
        <CategorySection
          key={section.id}
          section={section}
          entries={workspace?.entries ?? []}
          draft={draft}
          onChange={editing.update}
          readOnly={readOnly}
          previous={view.previous}
        />
      ))}

      <section aria-labelledby="totals-title">
        <h2 id="totals-title">{t('editor.totals')}</h2>
        <TotalsTable model={model} />
      </section>

      <SubmitPanel
        partnerId={partnerId}
        year={year}
        state={view.state}
        submittedAt={view.submittedAt}
        versions={view.versions}
        isAdmin={session.user?.role === 'admin'}
        blocked={syncState === 'conflict' || syncState === 'quota'}
      />
      <DownloadLinks partnerId={partnerId} year={year} csv={view.version > 0 || view.state !== 'submitted'} />
    </>
  );
}
