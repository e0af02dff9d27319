import { createApp } from '../app.ts';
import type { Db } from '../db/client.ts';
import type { ReportDeps } from '../reports/report-service.ts';
import { createTestUser, signIn, type TestUser as Account } from './users.ts';

/** The roles the report tests act as: partner A is Stadt Jülich, partner B Stadt Duisburg. */
export const REPORT_ROLES = {
  admin: { role: 'admin', partnerId: null },
  officerA: { role: 'officer', partnerId: 'stadt-juelich' },
  staffA: { role: 'staff', partnerId: 'stadt-juelich' },
  officerB: { role: 'officer', partnerId: 'stadt-duisburg' },
} as const;
export type TestUser = keyof typeof REPORT_ROLES | 'public';

/**
 * The whole app with real accounts and sessions (issue 5) and the given entry source; requests are
 * made as one of REPORT_ROLES (signed in over HTTP) or as the public. The seed must be loaded.
 */
export async function createReportTestClient(db: Db, deps: ReportDeps) {
  const app = createApp({ db, log: false, reports: deps });
  const users = {} as Record<keyof typeof REPORT_ROLES, Account>;
  const cookies = {} as Record<keyof typeof REPORT_ROLES, string>;
  for (const [name, spec] of Object.entries(REPORT_ROLES) as [
    keyof typeof REPORT_ROLES,
    (typeof REPORT_ROLES)[keyof typeof REPORT_ROLES],
  ][]) {
    users[name] = await createTestUser(db, { role: spec.role, partnerId: spec.partnerId });
    cookies[name] = await signIn(app, users[name].email, users[name].password);
  }
  return {
    app,
    users,
    request(who: TestUser, path: string, init: RequestInit = {}) {
      const headers = new Headers(init.headers);
      if (who !== 'public') headers.set('Cookie', cookies[who]);
      if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
      return app.request(path, { ...init, headers });
    },
  };
}
