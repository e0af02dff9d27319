export { settingsKeys } from './queries.ts';
export { settingsRoutes } from './routes.tsx';
