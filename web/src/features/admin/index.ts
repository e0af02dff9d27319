import './admin.css';

export { adminRoutes } from './routes.tsx';
