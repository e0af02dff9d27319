import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

// The calendar engine is a sizeable chunk: the home screen loads it only when this section renders.
const UpcomingList = lazy(() =>
  import('./UpcomingList.tsx').then((module) => ({ default: module.UpcomingList })),
);

/**
 * "Today and the next 30 days" for the home screen (it replaces the home screen's UpcomingHolidaysSlot):
 * the holidays of the faiths chosen in the calendar, computed on the device, offline.
 */
export function UpcomingHolidays({
  days = 30,
  limit = 6,
  className = 'upcoming-holidays',
}: {
  days?: number;
  limit?: number;
  className?: string;
}) {
  const { t } = useTranslation('calendar');
  return (
    <section className={className} aria-labelledby="upcoming-heading" data-testid="upcoming-holidays">
      <h2 id="upcoming-heading">{t('upcoming.title', { days })}</h2>
      <Suspense fallback={<p role="status">{t('loading')}</p>}>
        <UpcomingList days={days} limit={limit} />
      </Suspense>
    </section>
  );
}
