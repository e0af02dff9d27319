import { useTranslation } from 'react-i18next';

/**
 * Slot for the interreligious calendar (issue 9): the calendar feature replaces this placeholder
 * with the next holidays, imported through features/calendar/index.ts. Until then it says what
 * will appear here.
 */
export function UpcomingHolidaysSlot() {
  const { t } = useTranslation('home');
  return (
    <section className="home-card" aria-labelledby="upcoming-heading" data-testid="upcoming-holidays">
      <h2 id="upcoming-heading">{t('upcoming.title')}</h2>
      <p className="muted">{t('upcoming.placeholder')}</p>
    </section>
  );
}
