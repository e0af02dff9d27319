import { lazy } from 'react';
import type { RouteDef } from '../../app/route-types.ts';

// Loaded on first use (and precached by the service worker for offline use): keeps the start-up JS small.
const MeasureListScreen = lazy(() =>
  import('./MeasureListScreen.tsx').then((m) => ({ default: m.MeasureListScreen })),
);
const MeasureDetailScreen = lazy(() =>
  import('./MeasureDetailScreen.tsx').then((m) => ({ default: m.MeasureDetailScreen })),
);

export const measureRoutes: RouteDef[] = [
  { pattern: '/measures', render: () => <MeasureListScreen /> },
  { pattern: '/measures/:id', render: ({ id }) => <MeasureDetailScreen id={id!} /> },
];
