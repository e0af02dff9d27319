import type { RouteDef } from '../../app/route-types.ts';
import { HomeScreen } from './HomeScreen.tsx';

export const homeRoutes: RouteDef[] = [{ pattern: '/', render: () => <HomeScreen /> }];
