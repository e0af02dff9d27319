import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { accountRoutes } from '../features/account/index.ts';
import { activityRoutes } from '../features/activities/index.ts';
import { adminRoutes } from '../features/admin/index.ts';
import { mediatorRoutes } from '../features/mediators/index.ts';
import { PartnerListScreen, partnerRoutes } from '../features/partners/index.ts';
import type { RouteDef } from './route-types.ts';
import { Link, matchPath, useLocation } from './router.tsx';

/** Every screen of the app; a feature adds its routes here. First match wins. */
const ROUTES: RouteDef[] = [
  { pattern: '/', render: () => <PartnerListScreen /> },
  ...partnerRoutes,
  ...accountRoutes,
  ...activityRoutes,
  ...mediatorRoutes,
  ...adminRoutes,
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
    const heading = container.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
    window.scrollTo(0, 0);
  }, [path]);

  return <div ref={container}>{screenFor(path)}</div>;
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
      <Link href="/">{t('notFound.home')}</Link>
    </>
  );
}
