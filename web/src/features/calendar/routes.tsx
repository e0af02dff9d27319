import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteDef } from '../../app/route-types.ts';

/**
 * The calendar screens are loaded on demand: the engine (astronomy-engine and the holiday texts) would
 * otherwise add ~57 kB gzip to the app's initial JavaScript. The service worker precaches the chunks,
 * so they open offline too; after the first screen has rendered, the chunk is fetched in the background
 * so that the first visit to the calendar is instant.
 */
const loadScreens = () => import('./screens.ts');
const CalendarScreen = lazy(() => loadScreens().then((module) => ({ default: module.CalendarScreen })));
const NewEntryScreen = lazy(() => loadScreens().then((module) => ({ default: module.NewEntryScreen })));
const HolidayDetailScreen = lazy(() =>
  loadScreens().then((module) => ({ default: module.HolidayDetailScreen })),
);

// Fetch the chunk once the browser is idle (from the service worker's cache when it has it).
if (typeof window !== 'undefined') {
  const preload = () => void loadScreens().catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(preload, { timeout: 5000 });
  else setTimeout(preload, 3000);
}

function Loading({ children }: { children: ReactNode }) {
  const { t } = useTranslation('calendar');
  return <Suspense fallback={<p role="status">{t('loading')}</p>}>{children}</Suspense>;
}

export const calendarRoutes: RouteDef[] = [
  {
    pattern: '/calendar',
    render: () => (
      <Loading>
        <CalendarScreen />
      </Loading>
    ),
  },
  {
    pattern: '/calendar/new',
    render: () => (
      <Loading>
        <NewEntryScreen />
      </Loading>
    ),
  },
  {
    pattern: '/calendar/:holidayId',
    render: ({ holidayId }) => (
      <Loading>
        <HolidayDetailScreen key={holidayId} id={holidayId!} />
      </Loading>
    ),
  },
];
