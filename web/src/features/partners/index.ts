export { PartnerListScreen } from './PartnerListScreen.tsx';
export { partnerKeys } from './queries.ts';
export { partnerRoutes } from './routes.tsx';
