export { usePrepareSearch } from './queries.ts';
export { searchKeys } from './queries.ts';
export { SearchForm } from './SearchForm.tsx';
export { searchRoutes } from './routes.tsx';
