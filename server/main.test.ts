import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from './test-support/test-db.ts';

function runServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', STATIC_DIR: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

describe('the server process', () => {
  it('exits with one clear line naming the database URL it could not reach', async () => {
    const run = runServer({ DATABASE_URL: 'postgres://someone:secret@127.0.0.1:1/nowhere', PORT: '0' });
    expect(await run.exited).toBe(1);
    const lines = run.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Cannot reach the database at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nowhere/,
    );
  });

  it.runIf(TEST_DB_KIND === 'pglite')(
    'starts on an empty data directory, prints its URL, and shuts down cleanly on SIGTERM',
    async () => {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'vielfalt-main-'));
      const port = 20000 + Math.floor(Math.random() * 20000);
      const run = runServer({ DATA_DIR: dataDir, PORT: String(port) });
      try {
        await expect.poll(() => run.output(), { timeout: 120_000 }).toContain(`http://127.0.0.1:${port}/`);
        const health = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.json());
        expect(health).toMatchObject({ status: 'ok', db: 'pglite' });
        run.child.kill('SIGTERM');
        expect(await run.exited).toBe(0);
      } finally {
        run.child.kill('SIGKILL');
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    // A first start migrates and seeds an empty database: slow on a loaded two-core machine.
    180_000,
  );
});
