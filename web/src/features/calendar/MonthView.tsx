import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIRST_YEAR, LAST_YEAR, type CalendarEntry } from '../../../../shared/calendar/index.ts';
import { formatDate, monthName, monthWeeks, todayIso, weekdayNames } from './dates.ts';
import { HolidayItem } from './HolidayItem.tsx';

const covers = (entry: CalendarEntry, day: string) => entry.date <= day && (entry.end ?? entry.date) >= day;

/**
 * One month as a grid (Monday first): a day on which holidays begin is a button that shows that day's
 * holidays below; days inside a multi-day holiday are marked. Below the grid, the month's holidays.
 */
export function MonthView({
  year,
  month,
  entries,
  onMonthChange,
}: {
  year: number;
  month: number;
  /** Every entry overlapping the month. */
  entries: CalendarEntry[];
  onMonthChange: (year: number, month: number) => void;
}) {
  const { t, i18n } = useTranslation('calendar');
  const lang = i18n.language;
  const [selected, setSelected] = useState<string | null>(null);
  const today = todayIso();
  const weekdays = weekdayNames(lang);
  const prefix = `${year}-${String(month).padStart(2, '0')}`;
  const shown = selected && selected.startsWith(prefix) ? selected : null;
  const listed = shown ? entries.filter((entry) => covers(entry, shown)) : entries;
  const previous = month === 1 ? [year - 1, 12] : [year, month - 1];
  const next = month === 12 ? [year + 1, 1] : [year, month + 1];
  const go = ([y, m]: number[]) => {
    setSelected(null);
    onMonthChange(y!, m!);
  };

  return (
    <div className="month-view" data-testid="month-view">
      <div className="month-nav">
        <button
          type="button"
          className="secondary"
          onClick={() => go(previous)}
          disabled={previous[0]! < FIRST_YEAR}
          aria-label={t('month.previous', { month: monthName(previous[0]!, previous[1]!, lang) })}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <h2 id="month-heading" aria-live="polite">
          {monthName(year, month, lang)}
        </h2>
        <button
          type="button"
          className="secondary"
          onClick={() => go(next)}
          disabled={next[0]! > LAST_YEAR}
          aria-label={t('month.next', { month: monthName(next[0]!, next[1]!, lang) })}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <table className="month-grid" aria-labelledby="month-heading">
        <thead>
          <tr>
            {weekdays.map((day) => (
              <th key={day.long} scope="col">
                <abbr title={day.long}>{day.short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(year, month).map((week, index) => (
            <tr key={index}>
              {week.map((day, column) => (
                <td key={day ?? `empty-${column}`}>
                  {day && (
                    <Day
                      day={day}
                      today={day === today}
                      pressed={day === shown}
                      starting={entries.filter((entry) => entry.date === day)}
                      ongoing={entries.some((entry) => entry.date < day && covers(entry, day))}
                      onSelect={() => setSelected(day === shown ? null : day)}
                    />
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="month-list-heading">
        <h3 aria-live="polite">
          {shown
            ? t('month.dayHeading', { date: formatDate(shown, lang) })
            : t('month.monthHeading', { month: monthName(year, month, lang) })}
        </h3>
        {shown && (
          <button type="button" className="secondary" onClick={() => setSelected(null)}>
            {t('month.showAll')}
          </button>
        )}
      </div>
      {listed.length === 0 ? (
        <p>{t('month.none')}</p>
      ) : (
        <ul className="holiday-list">
          {listed.map((entry) => (
            <HolidayItem key={entry.id} entry={entry} showYear={!entry.date.startsWith(String(year))} />
          ))}
        </ul>
      )}
    </div>
  );
}

function Day({
  day,
  today,
  pressed,
  starting,
  ongoing,
  onSelect,
}: {
  day: string;
  today: boolean;
  pressed: boolean;
  starting: CalendarEntry[];
  ongoing: boolean;
  onSelect: () => void;
}) {
  const { t, i18n } = useTranslation('calendar');
  const number = Number(day.slice(8));
  const className = `day${today ? ' day-today' : ''}${ongoing ? ' day-ongoing' : ''}`;
  if (starting.length === 0) {
    return (
      <span className={className} aria-current={today ? 'date' : undefined}>
        {number}
      </span>
    );
  }
  const label = `${formatDate(day, i18n.language)}: ${t('month.dayCount', { count: starting.length })}`;
  return (
    <button
      type="button"
      className={`${className} day-holiday`}
      aria-pressed={pressed}
      aria-label={label}
      aria-current={today ? 'date' : undefined}
      onClick={onSelect}
      data-testid="day-with-holiday"
    >
      <span aria-hidden="true">{number}</span>
      <span className="day-dots" aria-hidden="true">
        {starting.slice(0, 3).map((entry) => (
          <span key={entry.id} className={`faith-dot faith-${entry.faith}`} />
        ))}
      </span>
    </button>
  );
}
