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
