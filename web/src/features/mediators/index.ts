import './mediators.css';

export { mediatorKeys } from './queries.ts';
export { mediatorRoutes } from './routes.tsx';
