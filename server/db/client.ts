import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import pg from 'pg';

export type DbKind = 'pglite' | 'postgres';
export type SqlParam = string | number | boolean | null | Date | string[] | number[] | object;

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: SqlParam[]): Promise<Row[]>;
}

/** The one interface the server uses for both databases; both speak the PostgreSQL dialect. */
export interface Db extends Queryable {
  readonly kind: DbKind;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// int8 holds sequence numbers and counts; all stay far below 2^53, so plain numbers are safe.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export async function openPglite(dataDir: string | null): Promise<Db> {
  const lite = await PGlite.create(dataDir ?? undefined, {
    parsers: { [pgliteTypes.INT8]: (value: string) => Number(value) },
  });
  return {
    kind: 'pglite',
    async query(sql, params) {
      return (await lite.query(sql, params)).rows as never[];
    },
    async exec(sql) {
      await lite.exec(sql);
    },
    transaction(work) {
      return lite.transaction((tx) =>
        work({ query: async (sql, params) => (await tx.query(sql, params)).rows as never[] }),
      );
    },
    close: () => lite.close(),
  };
}

export async function openPostgres(url: string, poolSize = 10): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
  // A broken server must not crash the process through an idle client's error event.
  pool.on('error', (error) =>
    console.error(JSON.stringify({ level: 'error', msg: 'postgres', error: error.message })),
  );
  await pool.query('select 1');
  return {
    kind: 'postgres',
    async query(sql, params) {
      return (await pool.query(sql, params)).rows;
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({ query: async (sql, params) => (await client.query(sql, params)).rows });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Strips the password from a connection URL before it is printed. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
