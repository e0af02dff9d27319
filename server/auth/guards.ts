import type { Context, MiddlewareHandler } from 'hono';
import { mayManagePartner, roleAtLeast, type Role } from '../../shared/auth/index.ts';

export { mayManagePartner };
import type { AppEnv } from '../app-env.ts';
import { jsonError } from '../http/errors.ts';

export const unauthenticated = (c: Context) => jsonError(c, 401, 'unauthenticated', 'Please sign in.');
export const forbidden = (c: Context) => jsonError(c, 403, 'forbidden', 'Your account may not do this.');

/** Lets the request through only for a signed-in user with at least `role` (401 / 403 otherwise). */
export function requireRole(role: Exclude<Role, 'public'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) return unauthenticated(c);
    if (!roleAtLeast(user, role)) return forbidden(c);
    await next();
  };
}

/**
 * Lets the request through only if the signed-in user may manage the partner that owns the
 * addressed resource. `ownerOf` finds that partner (from the path or the database); it returns
 * undefined when the resource does not exist, which answers 404 — after the sign-in check, so
 * the public cannot probe which ids exist.
 */
export function requirePartnerScope(
  ownerOf: (c: Context<AppEnv>) => Promise<string | null | undefined> | string | null | undefined,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) return unauthenticated(c);
    if (!roleAtLeast(user, 'officer')) return forbidden(c);
    const owner = await ownerOf(c);
    if (owner === undefined) return jsonError(c, 404, 'not_found', 'No such record.');
    if (!mayManagePartner(user, owner)) return forbidden(c);
    await next();
  };
}
