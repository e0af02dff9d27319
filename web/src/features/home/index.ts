export { homeKeys } from './queries.ts';
export { homeRoutes } from './routes.tsx';
