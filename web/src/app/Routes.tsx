import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { accountRoutes } from '../features/account/index.ts';
import { adminRoutes } from '../features/admin/index.ts';
import { calendarRoutes } from '../features/calendar/index.ts';
import { homeRoutes } from '../features/home/index.ts';
import { measureRoutes } from '../features/measures/index.ts';
import { mediatorRoutes } from '../features/mediators/index.ts';
import { partnerRoutes } from '../features/partners/index.ts';
import { searchRoutes } from '../features/search/index.ts';
import { settingsRoutes } from '../features/settings/index.ts';
import { reportRoutes } from '../features/reports/index.ts';
import { activityRoutes } from '../features/activities/index.ts';
import type { RouteDef } from './route-types.ts';
import { Link, matchPath, savedScrollPosition, useLocation } from './router.tsx';

/** Every screen of the app; a feature adds its routes here. First match wins. */
const ROUTES: RouteDef[] = [
  ...homeRoutes,
  ...searchRoutes,
  ...measureRoutes,
  ...partnerRoutes,
  ...settingsRoutes,
  ...accountRoutes,
  ...calendarRoutes,
  ...mediatorRoutes,
  ...adminRoutes,
  ...reportRoutes,
  ...activityRoutes,
];

export function Routes() {
  const { path } = useLocation();
  const container = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);

  // After a navigation, move focus to the new screen's heading so keyboard and screen-reader users
  // land on its content (not on the first load: the browser's own start position is right then).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // Back and forward return to where the reader was; a new screen starts at the top.
    const restore = savedScrollPosition();
    window.scrollTo(0, 0);
    // A screen loaded on demand (or a list still reading its data) renders a few frames later:
    // wait for its heading and, when returning, for the page to be long enough (up to ~1 s).
    let frame = 0;
    let tries = 0;
    let focused = false;
    const settle = () => {
      const heading = container.current?.querySelector<HTMLElement>('h1');
      if (heading && !focused) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
        focused = true;
      }
      if (restore !== null) window.scrollTo(0, restore);
      const done = focused && (restore === null || Math.abs(window.scrollY - restore) < 2);
      if (!done && tries++ < 60) frame = requestAnimationFrame(settle);
    };
    settle();
    return () => cancelAnimationFrame(frame);
  }, [path]);

  return (
    <div ref={container}>
      <Suspense fallback={<Loading />}>{screenFor(path)}</Suspense>
    </div>
  );
}

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('state.loading')}</p>;
}

function screenFor(path: string) {
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (params) return route.render(params);
  }
  return <NotFound />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <ul className="link-list">
        <li>
          <Link href="/">{t('notFound.home')}</Link>
        </li>
        <li>
          <Link href="/search">{t('notFound.search')}</Link>
        </li>
      </ul>
    </>
  );
}
