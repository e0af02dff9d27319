import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';

export const APP_VERSION = process.env.npm_package_version ?? '0.1.0';

export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const db = c.get('db');
  await db.query('select 1');
  return c.json({ status: 'ok', db: db.kind, version: APP_VERSION });
});
