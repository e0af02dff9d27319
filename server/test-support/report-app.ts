import { Hono } from 'hono';
import type { SessionUser } from '../../shared/auth/index.ts';
import type { AppEnv } from '../app-env.ts';
import type { Db } from '../db/client.ts';
import { jsonError } from '../http/errors.ts';
import type { ReportDeps } from '../reports/report-service.ts';
import { brochureRoutes } from '../routes/brochure.ts';
import { reportRoutes } from '../routes/reports.ts';

/**
 * The report routes behind a stand-in for the session middleware (issue 5): the `x-test-user`
 * header names one of these users. Replace with real sessions once accounts are merged.
 */
export const REPORT_TEST_USERS = {
  admin: {
    id: 'u-admin',
    email: 'admin@mkjfgfi.nrw',
    displayName: 'Ministerium',
    role: 'admin',
    partnerId: null,
  },
  officerA: {
    id: 'u-officer-a',
    email: 'a@juelich.de',
    displayName: 'Officer A',
    role: 'officer',
    partnerId: 'stadt-juelich',
  },
  staffA: {
    id: 'u-staff-a',
    email: 's@juelich.de',
    displayName: 'Staff A',
    role: 'staff',
    partnerId: 'stadt-juelich',
  },
  officerB: {
    id: 'u-officer-b',
    email: 'b@duisburg.de',
    displayName: 'Officer B',
    role: 'officer',
    partnerId: 'stadt-duisburg',
  },
} satisfies Record<string, SessionUser>;
export type TestUser = keyof typeof REPORT_TEST_USERS | 'public';

export function reportTestApp(db: Db, deps: ReportDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('db', db);
    const who = c.req.header('x-test-user') as TestUser | undefined;
    c.set('user', who && who !== 'public' ? REPORT_TEST_USERS[who] : null);
    await next();
  });
  app.route('/api/reports', reportRoutes(deps));
  app.route('/api/brochure', brochureRoutes(deps));
  app.onError((error, c) => {
    console.error(error);
    return jsonError(c, 500, 'internal', String(error));
  });
  return {
    app,
    request(who: TestUser, path: string, init: RequestInit = {}) {
      const headers = new Headers(init.headers);
      headers.set('x-test-user', who);
      if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
      return app.request(path, { ...init, headers });
    },
  };
}
