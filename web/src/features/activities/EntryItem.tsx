import { useTranslation } from 'react-i18next';
import type { LocalActivity } from '../../data/index.ts';
import { Link } from '../../app/router.tsx';

/** One entry in the list: what, when, which focus area, and how far it is from the server. */
export function EntryItem({
  entry,
  year,
  onDelete,
}: {
  entry: LocalActivity;
  year: number;
  onDelete: (entry: LocalActivity) => void;
}) {
  const { t, i18n } = useTranslation(['activities', 'common']);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  const day = (iso: string) => date.format(new Date(`${iso}T00:00:00Z`));
  return (
    <li className="entry" data-testid="entry" data-sync={entry.sync}>
      <div className="entry-main">
        <h2 className="entry-title" lang="de">
          {entry.title}
        </h2>
        <p className="entry-meta">
          <span>
            {day(entry.date)}
            {entry.endDate && ` – ${day(entry.endDate)}`}
          </span>
          {' · '}
          <span className={`cat-badge cat-${entry.category}`} aria-hidden="true">
            {entry.category}
          </span>{' '}
          <span>{t(`common:categories.${entry.category}.short`)}</span>
          {' · '}
          <span>{t(`statuses.${entry.status}`)}</span>
          {entry.participantCount !== null && (
            <>
              {' · '}
              <span>{t('list.participants', { count: entry.participantCount })}</span>
            </>
          )}
          {entry.reportingYear !== year && <span className="flag"> · {t('list.outsideYear')}</span>}
        </p>
        <p className={`sync-state sync-${entry.sync}`}>
          <span className="sync-dot" aria-hidden="true" />
          {t(`sync.${entry.sync}`)}
        </p>
      </div>
      <div className="entry-actions">
        {entry.sync === 'conflict' ? (
          <Link className="button-link" href={`/activities/${entry.id}/conflict`}>
            {t('list.resolve')}
          </Link>
        ) : (
          <>
            <Link
              className="button-link secondary"
              href={`/activities/${entry.id}`}
              aria-label={t(entry.sync === 'rejected' ? 'list.fix' : 'list.editNamed', {
                title: entry.title,
              })}
            >
              {entry.sync === 'rejected' ? t('list.fix') : t('list.edit')}
            </Link>
            <button
              type="button"
              className="secondary"
              aria-label={t('list.deleteNamed', { title: entry.title })}
              onClick={() => onDelete(entry)}
            >
              {t('list.delete')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
