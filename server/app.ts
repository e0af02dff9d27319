import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv, AppSettings } from './app-env.ts';
import { sessionMiddleware } from './auth/session-middleware.ts';
import type { Db } from './db/client.ts';
import { csrfGuard } from './http/csrf.ts';
import { jsonError } from './http/errors.ts';
import { securityHeaders } from './http/security-headers.ts';
import { requestLog, type LogSink } from './http/request-log.ts';
import { mountStaticApp } from './http/static.ts';
import { activityRoutes } from './routes/activities.ts';
import { adminPartnerRoutes } from './routes/admin-partners.ts';
import { adminUserRoutes } from './routes/admin-users.ts';
import { authRoutes } from './routes/auth.ts';
import { healthRoutes } from './routes/health.ts';
import { inviteRoutes } from './routes/invites.ts';
import { mediatorRoutes } from './routes/mediators.ts';
import { poolRoutes } from './routes/pools.ts';
import { pushRoutes } from './routes/push.ts';
import { setupRoutes } from './routes/setup.ts';
import { syncRoutes } from './routes/sync.ts';

export interface AppOptions {
  db: Db;
  staticDir?: string | null;
  log?: LogSink | false;
  /** Defaults: not production, no proxy in front. */
  settings?: Partial<AppSettings>;
}

/** Largest request body the API reads (a CSV import of a few thousand contacts fits easily). */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export function createApp({ db, staticDir = null, log, settings = {} }: AppOptions): Hono<AppEnv> {
  const resolved: AppSettings = { production: false, trustProxy: false, ...settings };
  const app = new Hono<AppEnv>();
  if (log !== false) app.use('*', requestLog(log));
  app.use('*', securityHeaders(resolved));
  app.use('*', compress());
  app.use('*', async (c, next) => {
    c.set('db', db);
    c.set('user', null);
    c.set('sessionId', null);
    c.set('settings', resolved);
    await next();
  });
  app.use('/api/*', csrfGuard());
  // A NUL in a path parameter would reach SQL as text, which PostgreSQL refuses.
  app.use('/api/*', async (c, next) => {
    if (/%00/i.test(c.req.path) || c.req.path.includes('\u0000'))
      return jsonError(c, 400, 'invalid_path', 'The address is malformed.');
    await next();
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => jsonError(c, 413, 'body_too_large', 'The request body is too large.'),
    }),
  );
  app.use('/api/*', sessionMiddleware());

  const api = new Hono<AppEnv>()
    .route('/health', healthRoutes)
    .route('/auth', authRoutes)
    .route('/auth/setup', setupRoutes)
    .route('/auth/invites', inviteRoutes)
    .route('/admin/users', adminUserRoutes)
    .route('/admin/partners', adminPartnerRoutes)
    .route('/sync', syncRoutes)
    .route('/pools', poolRoutes)
    .route('/mediators', mediatorRoutes)
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
