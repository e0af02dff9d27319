import type { PushResponse } from '../../shared/sync/index.ts';
import { createApp } from '../app.ts';
import type { Db } from '../db/client.ts';
import { createTestUser, signIn, type TestUser } from './users.ts';

/** Speaks to the API as one signed-in user (a session cookie), or as the public. */
export interface ApiAs {
  request(path: string, init?: RequestInit): Promise<Response>;
  push(ops: unknown[], deviceId?: string): Promise<PushResponse>;
}

export function activityTestApi(db: Db) {
  const app = createApp({ db, log: false });
  const as = (cookie: string | null): ApiAs => {
    const request = async (path: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
      if (cookie) headers.set('cookie', cookie);
      return app.request(path, { ...init, headers });
    };
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
  };
  return {
    app,
    as,
    /** A new account with that role (and partner), signed in. */
    async signedIn(
      role: TestUser['role'],
      partnerId: string | null = null,
    ): Promise<{ user: TestUser; api: ApiAs }> {
      const user = await createTestUser(db, { role, partnerId });
      return { user, api: as(await signIn(app, user.email, user.password)) };
    },
  };
}
