import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { entryText, faithName, type CalendarEntry } from '../../../../shared/calendar/index.ts';
import { Link } from '../../app/router.tsx';
import { formatRange } from './dates.ts';
import { formatList } from '../../i18n/index.ts';

export const detailHref = (entry: CalendarEntry) => `/calendar/${encodeURIComponent(entry.id)}`;

/** One holiday in a list: name (link to its page), dates, communities and short notes. */
export function HolidayItem({
  entry,
  showYear = false,
  children,
}: {
  entry: CalendarEntry;
  showYear?: boolean;
  /** Extra text after the dates, e.g. "in 3 days". */
  children?: ReactNode;
}) {
  const { i18n } = useTranslation('calendar');
  const lang = i18n.language;
  const text = entryText(entry, lang);
  const options: Intl.DateTimeFormatOptions = showYear
    ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }
    : { weekday: 'short', day: 'numeric', month: 'short' };
  return (
    <li
      className={`holiday faith-border-${entry.faith}`}
      data-testid="holiday"
      data-faiths={entry.faiths.join(' ')}
    >
      <Link href={detailHref(entry)} className="holiday-link">
        <span className="holiday-name">{text.name}</span>
      </Link>
      <span className="holiday-meta">
        <time dateTime={entry.date}>{formatRange(entry.date, entry.end, lang, options)}</time>
        {children && <> · {children}</>}
        {' · '}
        <span data-testid="holiday-faiths">
          {formatList(
            entry.faiths.map((faith) => faithName(faith, lang)),
            lang,
          )}
        </span>
      </span>
      <HolidayBadges entry={entry} />
    </li>
  );
}

export function HolidayBadges({ entry }: { entry: CalendarEntry }) {
  const { t } = useTranslation('calendar');
  const badges = [
    entry.beginsEveningBefore && t('badges.evening'),
    entry.approximate && t('badges.approximate'),
    entry.override && t('badges.override'),
  ].filter((badge): badge is string => Boolean(badge));
  if (badges.length === 0) return null;
  return (
    <span className="holiday-badges">
      {badges.map((badge) => (
        <span key={badge} className="note-badge">
          {badge}
        </span>
      ))}
    </span>
  );
}
