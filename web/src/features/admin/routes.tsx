import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteDef } from '../../app/route-types.ts';

// Administration is for a handful of people: its screens load on demand.
const AdminHomeScreen = lazy(() =>
  import('./AdminHomeScreen.tsx').then((m) => ({ default: m.AdminHomeScreen })),
);
const UsersScreen = lazy(() => import('./UsersScreen.tsx').then((m) => ({ default: m.UsersScreen })));
const InvitesScreen = lazy(() => import('./InvitesScreen.tsx').then((m) => ({ default: m.InvitesScreen })));
const PartnersScreen = lazy(() =>
  import('./PartnersScreen.tsx').then((m) => ({ default: m.PartnersScreen })),
);
const PartnerEditScreen = lazy(() =>
  import('./PartnersScreen.tsx').then((m) => ({ default: m.PartnerEditScreen })),
);

const later = (node: ReactNode) => <Suspense fallback={null}>{node}</Suspense>;

export const adminRoutes: RouteDef[] = [
  { pattern: '/admin', render: () => later(<AdminHomeScreen />) },
  { pattern: '/admin/users', render: () => later(<UsersScreen />) },
  { pattern: '/admin/invites', render: () => later(<InvitesScreen />) },
  { pattern: '/admin/partners', render: () => later(<PartnersScreen />) },
  { pattern: '/admin/partners/:id', render: ({ id }) => later(<PartnerEditScreen id={id!} />) },
];
