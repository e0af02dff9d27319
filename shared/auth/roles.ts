/** Roles in ascending order of rights (DESIGN.md §2). "public" means: not signed in. */
export const ROLES = ['public', 'staff', 'officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Exclude<Role, 'public'>;
  /** Every signed-in user belongs to one partner, except admins. */
  partnerId: string | null;
}

export function roleAtLeast(user: SessionUser | null, role: Role): boolean {
  const have = ROLES.indexOf(user?.role ?? 'public');
  return have >= ROLES.indexOf(role);
}

/**
 * Whether a user may manage what a partner owns (its pools and their contacts): admins everything,
 * officers their own partner's — a pool's coordinators are the officers of its partner. The server
 * enforces this (server/auth/guards.ts); the app uses it only to show or hide controls.
 */
export function mayManagePartner(user: SessionUser | null, partnerId: string | null): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  return user.role === 'officer' && partnerId !== null && user.partnerId === partnerId;
}
