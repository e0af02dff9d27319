import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteDef } from '../../app/route-types.ts';

// Loaded on demand; the service worker precaches the chunks for offline use.
const LoginScreen = lazy(() => import('./LoginScreen.tsx').then((m) => ({ default: m.LoginScreen })));
const AccountScreen = lazy(() => import('./AccountScreen.tsx').then((m) => ({ default: m.AccountScreen })));
const SetupScreen = lazy(() => import('./SetupScreen.tsx').then((m) => ({ default: m.SetupScreen })));
const InviteScreen = lazy(() => import('./InviteScreen.tsx').then((m) => ({ default: m.InviteScreen })));

const later = (node: ReactNode) => <Suspense fallback={null}>{node}</Suspense>;

export const accountRoutes: RouteDef[] = [
  { pattern: '/login', render: () => later(<LoginScreen />) },
  { pattern: '/account', render: () => later(<AccountScreen />) },
  { pattern: '/setup', render: () => later(<SetupScreen />) },
  { pattern: '/invite', render: () => later(<InviteScreen />) },
];
