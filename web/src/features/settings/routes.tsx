import { lazy } from 'react';
import type { RouteDef } from '../../app/route-types.ts';

// Loaded on first use (and precached by the service worker for offline use): keeps the start-up JS small.
const SettingsScreen = lazy(() =>
  import('./SettingsScreen.tsx').then((m) => ({ default: m.SettingsScreen })),
);

export const settingsRoutes: RouteDef[] = [{ pattern: '/settings', render: () => <SettingsScreen /> }];
