export * from './catalog.ts';
export { onCatalogChanged, pullCatalog, restoreLastSync } from './catalog-sync.ts';
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
