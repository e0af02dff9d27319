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
export {
  fetchYearOverview,
  readCachedOverview,
  recordReminder,
  saveBrochureIntros,
  type CachedOverview,
} from './ministry.ts';
export type { ReportDraftRecord } from './report-records.ts';
export { startReportSync } from './report-startup.ts';
export { pushDraft, reopenReport, resolveConflict, submitReport, type PushOutcome, type SubmitOutcome } from './report-sync.ts';
export {
  editDraft,
  fetchReport,
  getReportWorkspace,
  onReportChanged,
  reportUrl,
  type FetchOutcome,
  type ReportWorkspace,
} from './reports.ts';
