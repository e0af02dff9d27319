import { Hono } from 'hono';
import type { SessionUser } from '../../shared/auth/index.ts';
import type { PushResponse } from '../../shared/sync/index.ts';
import type { AppEnv } from '../app-env.ts';
import type { Db } from '../db/client.ts';
import { activityRoutes } from '../routes/activities.ts';
import { pushRoutes } from '../routes/push.ts';
import { syncRoutes } from '../routes/sync.ts';

/**
 * Speaks to the activity API as a given user. TEMPORARY until the accounts branch lands: the user
 * rides on a test-only header of a test-only app; then this switches to real sign-in cookies.
 */
export interface ApiAs {
  request(path: string, init?: RequestInit): Promise<Response>;
  push(ops: unknown[], deviceId?: string): Promise<PushResponse>;
}

export function activityTestApi(db: Db) {
  const users = new Map<string, SessionUser>();
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('db', db);
    c.set('user', users.get(c.req.header('x-test-user') ?? '') ?? null);
    await next();
  });
  app.route('/api/sync', syncRoutes).route('/api/sync', pushRoutes).route('/api/activities', activityRoutes);
  app.onError((error, c) => c.json({ error: { code: 'internal', message: String(error) } }, 500));

  return {
    async createUser(user: SessionUser): Promise<SessionUser> {
      users.set(user.id, user);
      return user;
    },
    as(user: SessionUser | null): ApiAs {
      const request = (path: string, init: RequestInit = {}) =>
        Promise.resolve(
          app.request(path, {
            ...init,
            headers: {
              'content-type': 'application/json',
              ...(user ? { 'x-test-user': user.id } : {}),
              ...init.headers,
            },
          }),
        );
      return {
        request,
        async push(ops, deviceId = 'device-test') {
          const res = await request('/api/sync/push', {
            method: 'POST',
            body: JSON.stringify({ deviceId, ops }),
          });
          if (res.status !== 200) throw new Error(`push answered ${res.status}: ${await res.text()}`);
          return (await res.json()) as PushResponse;
        },
      };
    },
  };
}
