import type { SessionUser } from '../../../../shared/auth/index.ts';
import { useSession, worksWithActivities } from '../../data/index.ts';

export type ActivityAccess =
  { status: 'loading' | 'signed-out' | 'not-allowed'; user: null } | { status: 'ok'; user: SessionUser };

/** The signed-in officer or admin; the screens show a sign-in hint to everyone else. */
export function useActivityUser(): ActivityAccess {
  const session = useSession();
  if (session.status === 'loading') return { status: 'loading', user: null };
  if (session.status === 'signed-out') return { status: 'signed-out', user: null };
  return worksWithActivities(session.user)
    ? { status: 'ok', user: session.user }
    : { status: 'not-allowed', user: null };
}
