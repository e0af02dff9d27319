import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportingYearLabel, reportingYearOf } from '../../../../shared/catalog/index.ts';
import type { LocalActivity } from '../../data/index.ts';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { EntryFilters, applyFilters, filtersFrom, type EntryFilter } from './EntryFilters.tsx';
import { EntryItem } from './EntryItem.tsx';
import { useDeleteActivity, useRestoreActivity } from './mutations.ts';
import { useActivities } from './queries.ts';
import { SignInRequired } from './SignInRequired.tsx';
import { StorageWarning } from './StorageWarning.tsx';
import { today } from './form-model.ts';
import { useActivityUser } from './useActivityUser.ts';

/** `/activities`: the partner's entries of one reporting year, filtered, with per-entry sync state. */
export function MyEntriesScreen() {
  const access = useActivityUser();
  if (access.status !== 'ok') return <SignInRequired access={access} />;
  return <EntryList partnerId={access.user.role === 'admin' ? null : access.user.partnerId} />;
}

function EntryList({ partnerId }: { partnerId: string | null }) {
  const { t, i18n } = useTranslation(['activities', 'common']);
  const { search } = useLocation();
  const currentYear = reportingYearOf(today());
  const year = Number(search.get('year')) || currentYear;
  const filter = filtersFrom(search);
  const entries = useActivities(partnerId, year);
  const remove = useDeleteActivity();
  const restore = useRestoreActivity();
  const [undo, setUndo] = useState<{ id: string; title: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const setFilter = (next: EntryFilter & { year?: number }) => {
    const query = new URLSearchParams();
    if (next.year && next.year !== currentYear) query.set('year', String(next.year));
    if (next.category) query.set('category', next.category);
    if (next.status) query.set('status', next.status);
    if (next.month) query.set('month', next.month);
    navigate(`/activities${query.size ? `?${query}` : ''}`, { replace: true });
  };

  const onDelete = (entry: LocalActivity) => {
    remove.mutate(entry.id);
    setUndo({ id: entry.id, title: entry.title });
    setAnnouncement(t('list.deleted', { title: entry.title }));
  };
  const onUndo = () => {
    if (!undo) return;
    restore.mutate(undo.id);
    setAnnouncement(t('list.restored', { title: undo.title }));
    setUndo(null);
  };

  const all = entries.data ?? [];
  const shown = applyFilters(all, filter);
  const years = [currentYear + 1, currentYear, currentYear - 1, currentYear - 2];

  return (
    <>
      <h1>{t('list.title')}</h1>
      <p className="lead">
        {t(partnerId === null ? 'list.introAdmin' : 'list.intro', { year: reportingYearLabel(year) })}
      </p>
      <StorageWarning />
      <div className="button-row">
        <Link className="button-link" href="/activities/new">
          {t('list.new')}
        </Link>
        <Link className="button-link secondary" href="/activities/backup">
          {t('list.backup')}
        </Link>
      </div>
      <EntryFilters
        filter={filter}
        year={year}
        years={years}
        language={i18n.language}
        onChange={(next) => setFilter({ ...filter, year, ...next })}
      />
      <div className="undo-bar" role="status">
        {announcement && <span>{announcement}</span>}
        {undo && (
          <button type="button" className="secondary" onClick={onUndo}>
            {t('list.undo')}
          </button>
        )}
      </div>
      {entries.isPending ? (
        <p role="status">{t('common:state.loading')}</p>
      ) : shown.length === 0 ? (
        <p>
          {all.length === 0 ? t('list.empty', { year: reportingYearLabel(year) }) : t('list.emptyFiltered')}
        </p>
      ) : (
        <>
          <p className="count">{t('list.count', { count: shown.length })}</p>
          <ul className="entry-list" data-testid="entry-list">
            {shown.map((entry) => (
              <EntryItem key={entry.id} entry={entry} year={year} onDelete={onDelete} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
