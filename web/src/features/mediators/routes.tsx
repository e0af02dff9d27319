import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteDef } from '../../app/route-types.ts';

// Every screen loads on demand (the service worker precaches the chunks, so they work offline),
// keeping them out of the initial JavaScript every visitor downloads.
const LookupScreen = lazy(() => import('./LookupScreen.tsx').then((m) => ({ default: m.LookupScreen })));
const PoolScreen = lazy(() => import('./PoolScreen.tsx').then((m) => ({ default: m.PoolScreen })));
const ManageContactsScreen = lazy(() =>
  import('./ManageContactsScreen.tsx').then((m) => ({ default: m.ManageContactsScreen })),
);
const NewContactScreen = lazy(() =>
  import('./ContactFormScreen.tsx').then((m) => ({ default: m.NewContactScreen })),
);
const EditContactScreen = lazy(() =>
  import('./ContactFormScreen.tsx').then((m) => ({ default: m.EditContactScreen })),
);
const ImportScreen = lazy(() => import('./ImportScreen.tsx').then((m) => ({ default: m.ImportScreen })));
const EditPoolScreen = lazy(() =>
  import('./PoolFormScreen.tsx').then((m) => ({ default: m.EditPoolScreen })),
);
const NewPoolScreen = lazy(() => import('./PoolFormScreen.tsx').then((m) => ({ default: m.NewPoolScreen })));

const later = (node: ReactNode) => <Suspense fallback={null}>{node}</Suspense>;

export const mediatorRoutes: RouteDef[] = [
  { pattern: '/mediators', render: () => later(<LookupScreen />) },
  { pattern: '/mediators/pools/new', render: () => later(<NewPoolScreen />) },
  { pattern: '/mediators/pools/:id', render: ({ id }) => later(<PoolScreen id={id!} />) },
  { pattern: '/mediators/pools/:id/edit', render: ({ id }) => later(<EditPoolScreen id={id!} />) },
  {
    pattern: '/mediators/pools/:id/contacts',
    render: ({ id }) => later(<ManageContactsScreen poolId={id!} />),
  },
  {
    pattern: '/mediators/pools/:id/contacts/new',
    render: ({ id }) => later(<NewContactScreen poolId={id!} />),
  },
  { pattern: '/mediators/pools/:id/import', render: ({ id }) => later(<ImportScreen poolId={id!} />) },
  { pattern: '/mediators/contacts/:id/edit', render: ({ id }) => later(<EditContactScreen id={id!} />) },
];
