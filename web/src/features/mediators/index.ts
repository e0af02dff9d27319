import { lazy } from 'react';
import './mediators.css';

export { mediatorKeys } from './queries.ts';
export { mediatorRoutes } from './routes.tsx';

/** The coordinator's pool summary for the account page, loaded on demand (render inside Suspense). */
export const MyPoolsSummary = lazy(() =>
  import('./MyPoolsSummary.tsx').then((m) => ({ default: m.MyPoolsSummary })),
);
