import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { jsonError } from './errors.ts';

const SAFE_METHODS = /^(GET|HEAD|OPTIONS)$/;

/**
 * CSRF protection for cookie-authenticated writes, by origin check (no token to manage offline):
 * a write is refused when the browser says it comes from another site. Browsers send
 * Sec-Fetch-Site on every request (Chrome 76+, Firefox 90+, Safari 16.4+) and Origin on every
 * POST; a request with neither comes from a non-browser client, which holds no victim's cookie.
 * Hono's own `csrf` middleware checks only form content types; this checks every write, and the
 * API additionally accepts only `application/json` bodies (http/json-body.ts), which a
 * cross-site form cannot send without a CORS preflight that this server never grants.
 */
export function csrfGuard(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.test(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    if (site !== undefined) {
      if (site === 'same-origin' || site === 'none') return next();
      return jsonError(c, 403, 'cross_site_request', 'Cross-site requests may not change anything.');
    }
    const origin = c.req.header('origin');
    if (origin !== undefined && !sameHost(origin, expectedHost(c))) {
      return jsonError(c, 403, 'cross_site_request', 'Cross-site requests may not change anything.');
    }
    await next();
  };
}

function expectedHost(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string {
  const forwarded = c.get('settings').trustProxy ? c.req.header('x-forwarded-host') : undefined;
  return forwarded?.split(',')[0]?.trim() || c.req.header('host') || new URL(c.req.url).host;
}

function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
