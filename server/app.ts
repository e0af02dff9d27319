import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { AppEnv } from './app-env.ts';
import type { Db } from './db/client.ts';
import { jsonError } from './http/errors.ts';
import { requestLog, type LogSink } from './http/request-log.ts';
import { mountStaticApp } from './http/static.ts';
import { activityRoutes } from './routes/activities.ts';
import { healthRoutes } from './routes/health.ts';
import { pushRoutes } from './routes/push.ts';
import { syncRoutes } from './routes/sync.ts';

export interface AppOptions {
  db: Db;
  staticDir?: string | null;
  log?: LogSink | false;
}

export function createApp({ db, staticDir = null, log }: AppOptions): Hono<AppEnv> {
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
    .route('/sync', pushRoutes)
    .route('/activities', activityRoutes)
    .all('*', (c) => jsonError(c, 404, 'not_found', `No API route ${c.req.method} ${c.req.path}.`));
  app.route('/api', api);

  app.onError((error, c) => {
    console.error(JSON.stringify({ level: 'error', path: c.req.path, error: String(error?.stack ?? error) }));
    return jsonError(c, 500, 'internal', 'Something went wrong on the server.');
  });

  if (staticDir) mountStaticApp(app, staticDir);
  return app;
}
