import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { forbidden, unauthenticated } from '../auth/guards.ts';

/**
 * Officers (of a partner) and admins work with activity entries; everyone else is turned away
 * before any work. Which partner's entries a user may touch is `mayManagePartner`'s rule.
 */
export function requireActivityWriter(c: Context<AppEnv>) {
  const user = c.get('user');
  if (!user) return unauthenticated(c);
  if (user.role === 'admin' || (user.role === 'officer' && user.partnerId)) return null;
  return forbidden(c);
}
