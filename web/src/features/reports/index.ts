import './reports.css';

export { reportKeys } from './queries.ts';
export { reportRoutes } from './routes.tsx';
