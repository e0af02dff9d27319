import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AccountRole } from '../../shared/auth/index.ts';
import { openPglite } from '../../server/db/client.ts';
import { migrate } from '../../server/db/migrate.ts';
import { loadSeed } from '../../server/seed/load-seed.ts';
import { createTestUser, type TestUser } from '../../server/test-support/users.ts';

/**
 * A PGlite data directory with the seed and the given accounts, for a server process started on
 * it afterwards (a PGlite directory has one user at a time, so this runs before the server).
 */
export async function prepareDataDir(
  accounts: { role: AccountRole; partnerId?: string | null; email?: string }[],
): Promise<{ dataDir: string; users: TestUser[] }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'vielfalt-prepared-'));
  const db = await openPglite(dataDir);
  try {
    await migrate(db);
    await loadSeed(db);
    const users: TestUser[] = [];
    for (const account of accounts) users.push(await createTestUser(db, account));
    return { dataDir, users };
  } finally {
    await db.close();
  }
}
