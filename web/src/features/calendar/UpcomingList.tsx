import { useTranslation } from 'react-i18next';
import { Link } from '../../app/router.tsx';
import { addDays, daysBetween, todayIso } from './dates.ts';
import { HolidayItem } from './HolidayItem.tsx';
import { useFaithFilter } from './preferences.ts';
import { useEntriesBetween } from './queries.ts';
import './calendar.css';
import './texts.ts';

/** Holidays of the chosen faiths from today to `days` days ahead, computed on the device (offline). */
export function UpcomingList({ days, limit }: { days: number; limit: number }) {
  const { t } = useTranslation('calendar');
  const faiths = useFaithFilter();
  const today = todayIso();
  const entries = useEntriesBetween(today, addDays(today, days), faiths);
  if (entries.isError) return <p role="alert">{t('loadError')}</p>;
  if (!entries.data) return <p role="status">{t('loading')}</p>;
  const shown = entries.data.slice(0, limit);
  return (
    <>
      {shown.length === 0 ? (
        <p>{t('upcoming.empty', { days })}</p>
      ) : (
        <ul className="holiday-list" data-testid="upcoming-list">
          {shown.map((entry) => (
            <HolidayItem key={entry.id} entry={entry} showYear={entry.date.slice(0, 4) !== today.slice(0, 4)}>
              <RelativeDay date={entry.date} today={today} />
            </HolidayItem>
          ))}
        </ul>
      )}
      <p>
        <Link href="/calendar">
          {entries.data.length > shown.length
            ? t('upcoming.more', { count: entries.data.length - shown.length })
            : t('upcoming.all')}
        </Link>
      </p>
    </>
  );
}

function RelativeDay({ date, today }: { date: string; today: string }) {
  const { t } = useTranslation('calendar');
  const distance = daysBetween(today, date);
  const label =
    distance < 0
      ? t('upcoming.ongoing')
      : distance === 0
        ? t('upcoming.today')
        : distance === 1
          ? t('upcoming.tomorrow')
          : t('upcoming.inDays', { count: distance });
  return <span className="relative-day">{label}</span>;
}
