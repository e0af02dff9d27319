import { db } from './db.ts';
import { pushAllDrafts } from './report-sync.ts';
import { countUnsentDrafts } from './reports.ts';
import { registerPendingWork, registerStaffOnlyData } from './session.ts';

let started = false;

/**
 * Unsent report edits are pending work (the sign-out warning counts them, and they are never
 * wiped); cached report views and already-sent drafts are partner-internal and leave with the
 * session. Unsent edits go out when the connection returns and when the app becomes visible.
 */
export function startReportSync(): void {
  if (started) return;
  started = true;
  registerPendingWork({ name: 'report-drafts', count: countUnsentDrafts, sync: pushAllDrafts });
  registerStaffOnlyData({
    tables: ['reportViews'],
    reset: async () => {
      await db.reportDrafts.where('dirty').equals(0).delete();
      await db.meta.where('key').startsWith('ministry:').delete();
    },
  });
  const push = () => {
    if (navigator.onLine) void pushAllDrafts();
  };
  window.addEventListener('online', push);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') push();
  });
  push();
}
