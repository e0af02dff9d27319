import type { SessionUser } from '../shared/auth/index.ts';
import type { Db } from './db/client.ts';

/** Deployment settings the request handlers need (from server/config.ts). */
export interface AppSettings {
  /** NODE_ENV=production: Secure `__Host-` session cookie, no demo data. */
  production: boolean;
  /** TRUST_PROXY=1: take the client address from X-Forwarded-For and the host from X-Forwarded-Host. */
  trustProxy: boolean;
}

export interface AppEnv {
  Variables: {
    db: Db;
    /** The signed-in user, or null for the public; set by the session middleware. */
    user: SessionUser | null;
    /** The hash of the session cookie's token (the sessions row id), when a session is live. */
    sessionId: string | null;
    settings: AppSettings;
  };
}
