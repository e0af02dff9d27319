import pg from 'pg';
import { openPglite, openPostgres, type Db } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';

/** Which database the server suite runs against; package.json runs it once for each. */
export const TEST_DB_KIND = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDb {
  db: Db;
  /** Opens a second, independent connection to the same database (a second server instance). */
  openAnother(): Promise<Db>;
  dispose(): Promise<void>;
}

/** A fresh, migrated, empty database: in-memory PGlite, or a new database on the PostgreSQL server. */
export async function createTestDb(): Promise<TestDb> {
  if (TEST_DB_KIND === 'pglite') {
    const db = await openPglite(null);
    await migrate(db);
    return {
      db,
      openAnother: () => Promise.resolve(db),
      dispose: () => db.close(),
    };
  }
  const name = `vielfalt_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString(), 4);
  await migrate(db);
  const others: Db[] = [];
  return {
    db,
    async openAnother() {
      const other = await openPostgres(url.toString(), 4);
      others.push(other);
      return other;
    },
    async dispose() {
      await Promise.all([db, ...others].map((d) => d.close()));
      const cleanup = new pg.Client({ connectionString: ADMIN_URL });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
