import { fork, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { prepareDataDir } from '../tools/prepared-data-dir.ts';
import type { DeviceStats, FromDevice, Snapshot, ToDevice } from './protocol.ts';
import { ServerProcess } from './server-process.ts';

export interface ChaosOptions {
  devices: number;
  entriesPerDevice: number;
  midSyncEdits: number;
  dropRequest: number;
  dropResponse: number;
  batchSize: number;
  /** The server is killed (-9) when this many pushes have started, while the next one runs. */
  killAfterPushes: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface ChaosReport {
  expected: number;
  onServer: number;
  lost: string[];
  duplicated: number;
  wrongContent: string[];
  devicesInStep: boolean;
  killedMidPush: boolean;
  pushesStarted: number;
  seconds: number;
  stats: DeviceStats[];
}

const PARTNER = 'stadt-juelich';

/**
 * Several devices create and edit entries offline, then sync over a network that drops requests
 * and responses, while the server process is killed with SIGKILL in the middle of a push and
 * restarted on the same data directory. Then the server must hold exactly the expected entries.
 */
export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const log = options.log ?? (() => {});
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  log(`chaos: seed ${seed}, ${options.devices} devices × ${options.entriesPerDevice} entries`);
  const started = Date.now();
  const { dataDir, users } = await prepareDataDir(
    Array.from({ length: options.devices }, () => ({ role: 'officer' as const, partnerId: PARTNER })),
  );
  const server = new ServerProcess(dataDir, 20000 + Math.floor(Math.random() * 20000));
  await server.start();
  const devices: ChildProcess[] = [];
  const inbox = new Map<ChildProcess, FromDevice[]>();
  let pushesStarted = 0;
  let killedMidPush = false;
  let killing: Promise<void> | null = null;
  try {
    for (let d = 0; d < options.devices; d++) {
      const child = fork('tests/chaos/device.ts', [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
      inbox.set(child, []);
      child.on('message', (message: FromDevice) => {
        if (message.type === 'push-start') {
          pushesStarted += 1;
          if (pushesStarted === options.killAfterPushes + 1 && !killing) {
            killing = (async () => {
              // A push is on its way right now: let it reach the server, then pull the plug.
              await new Promise((resolve) => setTimeout(resolve, Math.random() * 15));
              await server.kill();
              killedMidPush = true;
              log(`chaos: server killed with SIGKILL during push #${pushesStarted}`);
              await new Promise((resolve) => setTimeout(resolve, 500));
              await server.start();
              log('chaos: server restarted on the same data directory');
            })();
          }
          return;
        }
        inbox.get(child)!.push(message);
      });
      devices.push(child);
      const user = users[d]!;
      send(child, {
        type: 'init',
        name: `Gerät ${d + 1}`,
        baseUrl: server.baseUrl,
        email: user.email,
        password: user.password,
        partnerId: PARTNER,
        entries: options.entriesPerDevice,
        midSyncEdits: options.midSyncEdits,
        seed: seed + d,
        dropRequest: options.dropRequest,
        dropResponse: options.dropResponse,
        batchSize: options.batchSize,
      });
    }
    await Promise.all(devices.map((child) => next(child, inbox, 'ready')));
    log(`chaos: ${options.devices * options.entriesPerDevice} entries created and edited offline`);
    for (const child of devices) send(child, { type: 'go' });
    const pushed = await Promise.all(devices.map((child) => next(child, inbox, 'pushed')));
    await killing;
    log(`chaos: every device pushed (${pushesStarted} pushes started)`);
    for (const child of devices) send(child, { type: 'final' });
    const finals = await Promise.all(devices.map((child) => next(child, inbox, 'final')));

    const expected: Snapshot = Object.assign({}, ...pushed.map((p) => p.expected));
    const onServer = await serverEntries(server.baseUrl, users[0]!.email, users[0]!.password);
    const byId = new Map(onServer.map((a) => [a.id, a]));
    const lost = Object.keys(expected).filter((id) => !byId.has(id));
    const wrongContent = Object.entries(expected)
      .filter(([id, want]) => {
        const got = byId.get(id);
        return got && (got.title !== want.title || got.participantCount !== want.participantCount);
      })
      .map(([id]) => id);
    const devicesInStep = finals.every(
      (f) =>
        f.outbox === 0 &&
        f.localCount === onServer.length &&
        JSON.stringify(sorted(f.local)) === JSON.stringify(sorted(expected)),
    );
    return {
      expected: Object.keys(expected).length,
      onServer: onServer.length,
      lost,
      duplicated: duplicatesAmong(onServer, expected),
      wrongContent,
      devicesInStep,
      killedMidPush,
      pushesStarted,
      seconds: (Date.now() - started) / 1000,
      stats: finals.map((f) => f.stats),
    };
  } finally {
    for (const child of devices) child.kill();
    await server.stop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Entries the server holds beyond the expected ones, and entries that appear twice under two ids. */
function duplicatesAmong(onServer: { id: string; title: string }[], expected: Snapshot): number {
  const extra = onServer.filter((a) => !(a.id in expected)).length;
  const keys = onServer.map((a) => a.title.replace(/ v[\d.]+$/, ''));
  return extra + keys.length - new Set(keys).size;
}

function send(child: ChildProcess, message: ToDevice) {
  child.send(message);
}

function next<T extends FromDevice['type']>(
  child: ChildProcess,
  inbox: Map<ChildProcess, FromDevice[]>,
  type: T,
): Promise<Extract<FromDevice, { type: T }>> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const queue = inbox.get(child)!;
      const error = queue.find((m) => m.type === 'error');
      if (error) return reject(new Error(`device failed: ${(error as { message: string }).message}`));
      const index = queue.findIndex((m) => m.type === type);
      if (index >= 0) return resolve(queue.splice(index, 1)[0] as Extract<FromDevice, { type: T }>);
      if (child.exitCode !== null) return reject(new Error(`device exited with ${child.exitCode}`));
      setTimeout(check, 50);
    };
    check();
  });
}

function sorted(snapshot: Snapshot) {
  return Object.keys(snapshot)
    .sort()
    .map((id) => [id, snapshot[id]]);
}

async function serverEntries(baseUrl: string, email: string, password: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('vielfalt_session='))!
    .split(';')[0]!;
  const response = await fetch(`${baseUrl}/api/activities`, { headers: { cookie } });
  return (
    (await response.json()) as {
      activities: { id: string; title: string; participantCount: number | null }[];
    }
  ).activities;
}
