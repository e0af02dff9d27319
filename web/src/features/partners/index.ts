export { PartnerDetailScreen } from './PartnerDetailScreen.tsx';
export { PartnerListScreen } from './PartnerListScreen.tsx';
export { partnerKeys } from './queries.ts';
