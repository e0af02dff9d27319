import { useTranslation } from 'react-i18next';
import type { CalendarEntry } from '../../../../shared/calendar/index.ts';
import { monthName } from './dates.ts';
import { HolidayItem } from './HolidayItem.tsx';

/** The year as a list, one section per month. */
export function AgendaView({ year, entries }: { year: number; entries: CalendarEntry[] }) {
  const { t, i18n } = useTranslation('calendar');
  if (entries.length === 0) return <p role="status">{t('agenda.empty', { year })}</p>;
  const months = Array.from({ length: 12 }, (_, index) => ({
    month: index + 1,
    items: entries.filter((entry) => Number(entry.date.slice(5, 7)) === index + 1),
  })).filter((group) => group.items.length > 0);
  return (
    <div className="agenda" data-testid="agenda">
      {months.map(({ month, items }) => (
        <section key={month} aria-labelledby={`agenda-${month}`}>
          <h2 id={`agenda-${month}`}>
            {monthName(year, month, i18n.language)} <span className="count">({items.length})</span>
          </h2>
          <ul className="holiday-list">
            {items.map((entry) => (
              <HolidayItem key={entry.id} entry={entry} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
