import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  process: ChildProcess;
  /** The first-start setup link the server printed (null once an admin exists). */
  setupLink: string | null;
  stop(): Promise<void>;
}

/** Starts the real server (built PWA + API) on a fresh embedded database, as `npm start` would. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'vielfalt-server-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      NODE_ENV: 'test',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Read stdout (so the pipe never fills) and remember the setup link the server prints once.
  let setupLink: string | null = null;
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered = (buffered + chunk.toString('utf8')).slice(-4000);
    setupLink ??= /(https?:\/\/\S+\/setup#[A-Za-z0-9_-]+)/.exec(buffered)?.[1] ?? null;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('The server exited during start-up.');
    if (Date.now() > deadline) throw new Error(`The server did not answer at ${baseUrl} within 60 s.`);
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy && setupLink) break;
    if (healthy && Date.now() > deadline - 55_000) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    dataDir,
    process: child,
    get setupLink() {
      return setupLink;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
