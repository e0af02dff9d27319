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
export { useOnline, useSyncStatus, type SyncStatus } from './sync-status.ts';
export * from './activities.ts';
export { onActivitiesChanged } from './activity-events.ts';
export { useActivitySyncStatus, type ActivitySyncStatus } from './activity-status.ts';
export type { EntrySyncState, LocalActivity, OutboxOp } from './activity-types.ts';
export { syncActivitiesOnce, worksWithActivities } from './activity-sync.ts';
export { BackupFormatError, backupFile, importBackup, type ImportSummary } from './backup.ts';
export { getBusy, setFormDirty, useBusy, whenIdle } from './busy.ts';
export {
  discardRejected,
  getConflict,
  keepBoth,
  rejectedChange,
  resolveConflict,
  type ConflictView,
} from './conflicts.ts';
export { requestActivitySync, startActivitySync } from './start-activity-sync.ts';
export { isQuotaExceeded } from './storage-errors.ts';
export { requestPersistentStorage, storageHealth, type StorageHealth } from './storage-health.ts';
