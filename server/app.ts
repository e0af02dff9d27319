import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { AppEnv } from './app-env.ts';
import type { Db } from './db/client.ts';
import { jsonError } from './http/errors.ts';
import { requestLog, type LogSink } from './http/request-log.ts';
import { mountStaticApp } from './http/static.ts';
import { dbEntrySource } from './reports/entry-source.ts';
import type { ReportDeps } from './reports/report-service.ts';
import { brochureRoutes } from './routes/brochure.ts';
import { healthRoutes } from './routes/health.ts';
import { reportRoutes } from './routes/reports.ts';
import { syncRoutes } from './routes/sync.ts';

export interface AppOptions {
  db: Db;
  staticDir?: string | null;
  log?: LogSink | false;
  /** Where reports read entries and what day it is; tests and the benchmark pass their own. */
  reports?: Partial<ReportDeps>;
}

export function createApp({ db, staticDir = null, log, reports }: AppOptions): Hono<AppEnv> {
  const reportDeps: ReportDeps = {
    entries: reports?.entries ?? dbEntrySource,
    today: reports?.today ?? (() => new Date().toISOString().slice(0, 10)),
  };
  const app = new Hono<AppEnv>();
  if (log !== false) app.use('*', requestLog(log));
  app.use('*', compress());
  app.use('*', async (c, next) => {
    c.set('db', db);
    c.set('user', null);
    await next();
  });

  const api = new Hono<AppEnv>()
    .route('/health', healthRoutes)
    .route('/sync', syncRoutes)
    .route('/reports', reportRoutes(reportDeps))
    .route('/brochure', brochureRoutes(reportDeps))
    .all('*', (c) => jsonError(c, 404, 'not_found', `No API route ${c.req.method} ${c.req.path}.`));
  app.route('/api', api);

  app.onError((error, c) => {
    console.error(JSON.stringify({ level: 'error', path: c.req.path, error: String(error?.stack ?? error) }));
    return jsonError(c, 500, 'internal', 'Something went wrong on the server.');
  });

  if (staticDir) mountStaticApp(app, staticDir);
  return app;
}
