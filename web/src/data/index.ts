export { listCalendarOverrides, onCalendarChanged, pullCalendarOverrides } from './calendar.ts';
export { deleteCalendarOverride, saveCalendarOverride, type OverrideWriteResult } from './calendar-admin.ts';
export * from './catalog.ts';
export * as accountsApi from './accounts-api.ts';
export type { NewAccount } from './accounts-api.ts';
export type { ApiResult } from './api.ts';
export { onCatalogChanged, pullCatalog, restoreLastSync } from './catalog-sync.ts';
export {
  getMediator,
  getPool,
  listMediatorsOfPool,
  listPools,
  lookupMediators,
  offeredLanguages,
  onMediatorDataChanged,
  pullMediatorData,
  type LookupResult,
} from './mediators.ts';
export * as mediatorsApi from './mediators-api.ts';
export type { ImportPreview, ImportRow } from './mediators-api.ts';
export {
  acceptSignedInUser,
  currentUser,
  getSession,
  lastUserId,
  onSessionChange,
  pendingWorkCount,
  registerPendingWork,
  registerStaffOnlyData,
  restoreSession,
  sessionEndedByServer,
  signIn,
  signOut,
  syncPendingWork,
  useSession,
  verifySession,
  wipeStaffOnlyData,
  type SessionState,
  type SignInResult,
} from './session.ts';
export { searchCatalog, warmSearchIndex, type CatalogSearchResult } from './search-index.ts';
export {
  readStorageState,
  requestPersistentStorage,
  type Persistence,
  type PersistRequest,
  type StorageState,
} from './storage.ts';
export { useOnline, useSyncStatus, type SyncStatus } from './sync-status.ts';
