import type { Db } from './db/client.ts';

export interface AppEnv {
  Variables: { db: Db };
}
