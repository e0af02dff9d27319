import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';

const NO_CACHE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Hashed build output may be cached forever; entry points must be revalidated on every visit. */
export function cacheControlFor(requestPath: string): string {
  if (requestPath.startsWith('/assets/')) return IMMUTABLE;
  if (/^\/workbox-[0-9a-f]+\.js$/.test(requestPath)) return IMMUTABLE;
  return NO_CACHE;
}

/** Serves the built PWA from `staticDir`; unknown non-API paths get index.html (client routing). */
export function mountStaticApp(app: Hono<AppEnv>, staticDir: string): void {
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    app.get('*', (c) => c.text('The web app is not built yet: run "npm run build".', 503));
    return;
  }
  const root = path.relative(process.cwd(), staticDir) || '.';
  app.use('*', async (c, next) => {
    await next();
    if (c.req.method === 'GET' && c.res.status === 200 && !c.req.path.startsWith('/api/')) {
      c.res.headers.set('Cache-Control', cacheControlFor(c.req.path));
    }
  });
  app.use(
    '*',
    serveStatic({
      root,
      precompressed: false,
      onFound: (_path, c) => {
        if (c.req.path.endsWith('.webmanifest')) c.header('Content-Type', 'application/manifest+json');
      },
    }),
  );
  let indexHtml: string | null = null;
  app.get('*', async (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    indexHtml ??= await readFile(path.join(staticDir, 'index.html'), 'utf8');
    c.header('Cache-Control', NO_CACHE);
    return c.html(indexHtml);
  });
}
