import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { AppEnv } from './app-env.ts';
import type { Db } from './db/client.ts';
import { jsonError } from './http/errors.ts';
import { requestLog, type LogSink } from './http/request-log.ts';
import { mountStaticApp } from './http/static.ts';
import { healthRoutes } from './routes/health.ts';
import { syncRoutes } from './routes/sync.ts';
import { testHookRoutes } from './routes/test-hooks.ts';

export interface AppOptions {
  db: Db;
  staticDir?: string | null;
  log?: LogSink | false;
  /** Mount the test-only routes (only ever true when NODE_ENV=test; see routes/test-hooks.ts). */
  testHooks?: boolean;
}

export function createApp({ db, staticDir = null, log, testHooks = false }: AppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  if (log !== false) app.use('*', requestLog(log));
  app.use('*', compress());
  app.use('*', async (c, next) => {
    c.set('db', db);
    c.set('user', null);
    await next();
  });

  const api = new Hono<AppEnv>().route('/health', healthRoutes).route('/sync', syncRoutes);
  if (testHooks) api.route('/test', testHookRoutes);
  api.all('*', (c) => jsonError(c, 404, 'not_found', `No API route ${c.req.method} ${c.req.path}.`));
  app.route('/api', api);

  app.onError((error, c) => {
    console.error(JSON.stringify({ level: 'error', path: c.req.path, error: String(error?.stack ?? error) }));
    return jsonError(c, 500, 'internal', 'Something went wrong on the server.');
  });

  if (staticDir) mountStaticApp(app, staticDir);
  return app;
}
