export * from './catalog.ts';
export { onCatalogChanged, pullCatalog, restoreLastSync } from './catalog-sync.ts';
export { useOnline, useSyncStatus, type SyncStatus } from './sync-status.ts';
