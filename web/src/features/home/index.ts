export { homeKeys } from './queries.ts';
export { homeRoutes } from './routes.tsx';
export { UpcomingHolidaysSlot } from './UpcomingHolidaysSlot.tsx';
