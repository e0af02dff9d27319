import type { SessionUser } from '../shared/auth/index.ts';
import type { Db } from './db/client.ts';

export interface AppEnv {
  Variables: {
    db: Db;
    /** The signed-in user, or null for the public; set by the session middleware. */
    user: SessionUser | null;
  };
}
