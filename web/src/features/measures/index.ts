export { measuresHref } from './filter-params.ts';
export { MeasureRow } from './MeasureRow.tsx';
export { measureKeys } from './queries.ts';
export { measureRoutes } from './routes.tsx';
