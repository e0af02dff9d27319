import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { jsonError } from '../http/errors.ts';

/** Officers and admins write activity entries; everyone else is turned away before any work. */
export function requireActivityWriter(c: Context<AppEnv>) {
  const user = c.get('user');
  if (!user) return jsonError(c, 401, 'unauthenticated', 'Please sign in.');
  if (user.role !== 'officer' && user.role !== 'admin') {
    return jsonError(c, 403, 'forbidden', 'Only partner officers and admins work with activity entries.');
  }
  if (user.role === 'officer' && !user.partnerId) {
    return jsonError(c, 403, 'forbidden', 'This account belongs to no partner.');
  }
  return null;
}
