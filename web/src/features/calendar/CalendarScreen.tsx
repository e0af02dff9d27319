import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FIRST_YEAR,
  LAST_YEAR,
  faithName,
  tableCoverage,
  uncoveredFaiths,
  type FaithId,
} from '../../../../shared/calendar/index.ts';
import { useSession } from '../../data/index.ts';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { AgendaView } from './AgendaView.tsx';
import { lastDayOfMonth, isoOf, todayIso } from './dates.ts';
import { FaithFilter } from './FaithFilter.tsx';
import { MonthView } from './MonthView.tsx';
import { setCalendarView, useCalendarView, useFaithFilter, type CalendarView } from './preferences.ts';
import { useEntriesBetween, useYearEntries } from './queries.ts';
import { SubscribePanel } from './SubscribePanel.tsx';
import { YearSwitch } from './YearSwitch.tsx';
import './calendar.css';
import { formatList } from '../../i18n/index.ts';

const clampYear = (year: number) => Math.min(LAST_YEAR, Math.max(FIRST_YEAR, year));

/** `/calendar?year=2027&month=3`: the year as a list or one month as a grid, for the chosen faiths. */
export function CalendarScreen() {
  const { t } = useTranslation('calendar');
  const { search } = useLocation();
  const view = useCalendarView();
  const faiths = useFaithFilter();
  const [typedClamp, setTypedClamp] = useState(false);

  const today = todayIso();
  const thisYear = Number(today.slice(0, 4));
  const rawYear = search.get('year');
  const requested = rawYear && /^\d{1,6}$/.test(rawYear) ? Number(rawYear) : thisYear;
  const year = clampYear(requested);
  const rawMonth = Number(search.get('month'));
  const month =
    Number.isInteger(rawMonth) && rawMonth >= 1 && rawMonth <= 12
      ? rawMonth
      : year === thisYear
        ? Number(today.slice(5, 7))
        : 1;

  const go = (nextYear: number, nextMonth: number) =>
    navigate(`/calendar?year=${nextYear}&month=${nextMonth}`, { replace: true });
  const changeYear = (nextYear: number, clamped: boolean) => {
    setTypedClamp(clamped);
    go(clampYear(nextYear), month);
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <div className="calendar-controls">
        <YearSwitch year={year} onChange={changeYear} notice={typedClamp || requested !== year} />
        <ViewSwitch view={view} />
        <FaithFilter />
      </div>
      <CoverageNotice year={year} faiths={faiths} />
      {faiths.length === 0 ? (
        <p role="status">{t('filter.empty')}</p>
      ) : view === 'month' ? (
        <MonthContainer year={year} month={month} faiths={faiths} onMonthChange={go} />
      ) : (
        <AgendaContainer year={year} faiths={faiths} />
      )}
      <SubscribePanel faiths={faiths} />
      <AdminLink />
    </>
  );
}

function AdminLink() {
  const { t } = useTranslation('calendar');
  const session = useSession();
  if (session.status !== 'signed-in' || session.user.role !== 'admin') return null;
  return (
    <p>
      <Link href="/calendar/new">{t('admin.newLink')}</Link>
    </p>
  );
}

function ViewSwitch({ view }: { view: CalendarView }) {
  const { t } = useTranslation('calendar');
  return (
    <div className="view-switch" role="group" aria-label={t('view.label')}>
      {(['agenda', 'month'] as const).map((option) => (
        <button
          key={option}
          type="button"
          className={view === option ? undefined : 'secondary'}
          aria-pressed={view === option}
          onClick={() => setCalendarView(option)}
        >
          {t(`view.${option}`)}
        </button>
      ))}
    </div>
  );
}

function AgendaContainer({ year, faiths }: { year: number; faiths: readonly FaithId[] }) {
  const { t } = useTranslation('calendar');
  const entries = useYearEntries(year, faiths);
  if (entries.isError) return <p role="alert">{t('loadError')}</p>;
  if (!entries.data) return <p role="status">{t('loading')}</p>;
  return (
    <>
      <p className="count" role="status">
        {t('count', { count: entries.data.length, year })}
      </p>
      <AgendaView year={year} entries={entries.data} />
    </>
  );
}

function MonthContainer({
  year,
  month,
  faiths,
  onMonthChange,
}: {
  year: number;
  month: number;
  faiths: readonly FaithId[];
  onMonthChange: (year: number, month: number) => void;
}) {
  const { t } = useTranslation('calendar');
  const entries = useEntriesBetween(isoOf(year, month, 1), lastDayOfMonth(year, month), faiths);
  if (entries.isError) return <p role="alert">{t('loadError')}</p>;
  if (!entries.data) return <p role="status">{t('loading')}</p>;
  return <MonthView year={year} month={month} entries={entries.data} onMonthChange={onMonthChange} />;
}

/** Some Hindu and Sikh dates come from a table for limited years: say so outside them. */
function CoverageNotice({ year, faiths }: { year: number; faiths: readonly FaithId[] }) {
  const { t, i18n } = useTranslation('calendar');
  const missing = uncoveredFaiths(year, { faiths });
  const coverage = missing[0] ? tableCoverage(missing[0]) : null;
  if (!coverage) return null;
  return (
    <p className="notice" data-testid="coverage-notice">
      {t('coverage', {
        year,
        faiths: formatList(
          missing.map((faith) => faithName(faith, i18n.language)),
          i18n.language,
        ),
        from: coverage.from,
        to: coverage.to,
      })}
    </p>
  );
}
