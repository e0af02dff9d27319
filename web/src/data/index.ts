export * from './catalog.ts';
export { onCatalogChanged, pullCatalog, restoreLastSync } from './catalog-sync.ts';
export { searchCatalog, warmSearchIndex, type CatalogSearchResult } from './search-index.ts';
export {
  readStorageState,
  requestPersistentStorage,
  type Persistence,
  type PersistRequest,
  type StorageState,
} from './storage.ts';
export { useOnline, useSyncStatus, type SyncStatus } from './sync-status.ts';
