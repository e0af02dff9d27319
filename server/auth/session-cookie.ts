import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env.ts';
import { ABSOLUTE_DAYS } from './sessions.ts';

/**
 * In production the cookie carries the `__Host-` prefix: the browser then insists on Secure,
 * Path=/ and no Domain, so no sibling subdomain can set or overwrite it. Plain HTTP on localhost
 * (development, tests) cannot use Secure cookies, hence the unprefixed name there.
 */
export const cookieName = (production: boolean) =>
  production ? '__Host-vielfalt_session' : 'vielfalt_session';

export function readSessionToken(c: Context<AppEnv>): string | undefined {
  return getCookie(c, cookieName(c.get('settings').production));
}

export function writeSessionCookie(c: Context<AppEnv>, token: string): void {
  const { production } = c.get('settings');
  setCookie(c, cookieName(production), token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: production,
    path: '/',
    maxAge: ABSOLUTE_DAYS * 24 * 60 * 60,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  const { production } = c.get('settings');
  deleteCookie(c, cookieName(production), { path: '/', secure: production, httpOnly: true, sameSite: 'Lax' });
}
