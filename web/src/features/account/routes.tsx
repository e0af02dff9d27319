import type { RouteDef } from '../../app/route-types.ts';
import { AccountScreen } from './AccountScreen.tsx';
import { LoginScreen } from './LoginScreen.tsx';

export const accountRoutes: RouteDef[] = [
  { pattern: '/login', render: () => <LoginScreen /> },
  { pattern: '/account', render: () => <AccountScreen /> },
];
