import type { RouteDef } from '../../app/route-types.ts';
import { PartnerDetailScreen } from './PartnerDetailScreen.tsx';
import { PartnerListScreen } from './PartnerListScreen.tsx';

export const partnerRoutes: RouteDef[] = [
  { pattern: '/partners', render: () => <PartnerListScreen /> },
  { pattern: '/partners/:id', render: ({ id }) => <PartnerDetailScreen id={id!} /> },
];
