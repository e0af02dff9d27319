import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { clearSessionCookie, readSessionToken } from './session-cookie.ts';
import { lookupSession } from './sessions.ts';

/**
 * Sets `c.get('user')` and `c.get('sessionId')` from the session cookie. A cookie that names no
 * live session (expired, revoked, forged, account disabled) is removed, and the request goes on as
 * the public's: routes that need a user answer 401, which tells the app that the session ended.
 */
export function sessionMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = readSessionToken(c);
    if (token !== undefined) {
      const found = await lookupSession(c.get('db'), token);
      if (found) {
        c.set('user', found.user);
        c.set('sessionId', found.sessionId);
      } else {
        clearSessionCookie(c);
      }
    }
    await next();
  };
}
