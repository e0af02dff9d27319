import './account.css';

export { AccountLink } from './AccountLink.tsx';
export { accountRoutes } from './routes.tsx';
