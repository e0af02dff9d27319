import './mediators.css';

export { MyPoolsSummary } from './MyPoolsSummary.tsx';
export { mediatorKeys } from './queries.ts';
export { mediatorRoutes } from './routes.tsx';
