import { lazy } from 'react';
import type { RouteDef } from '../../app/route-types.ts';

// Loaded on first use (and precached by the service worker for offline use): keeps the start-up JS small.
const SearchScreen = lazy(() => import('./SearchScreen.tsx').then((m) => ({ default: m.SearchScreen })));

export const searchRoutes: RouteDef[] = [{ pattern: '/search', render: () => <SearchScreen /> }];
