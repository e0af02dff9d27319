import './activities.css';

export { activityKeys } from './queries.ts';
export { activityRoutes, preloadActivityScreens } from './routes.tsx';
export { ActivitySyncIndicator } from './SyncIndicator.tsx';
