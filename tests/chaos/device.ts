// One simulated device: the app's real sync code (web/src/data) on fake-indexeddb, in its own
// process, behind a network that drops requests and responses at random.
import 'fake-indexeddb/auto';
import type { ActivityInput } from '../../shared/activities/index.ts';
import type { SessionUser } from '../../shared/auth/index.ts';
import { uuidv7 } from '../../shared/sync/index.ts';
import { listActivities, saveActivity } from '../../web/src/data/activities.ts';
import { configureActivitySync, syncActivitiesOnce } from '../../web/src/data/activity-sync.ts';
import { db } from '../../web/src/data/db.ts';
import type { DeviceInit, DeviceStats, FromDevice, Snapshot, ToDevice } from './protocol.ts';

const send = (message: FromDevice) => process.send!(message);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const waiters = new Map<string, () => void>();
const waitFor = (type: string) => new Promise<void>((resolve) => waiters.set(type, resolve));

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

process.on('message', (message: ToDevice) => {
  if (message.type === 'init')
    run(message).catch((error) => send({ type: 'error', message: String(error?.stack ?? error) }));
  else waiters.get(message.type)?.();
});

async function run(init: DeviceInit) {
  const random = mulberry32(init.seed);
  const stats: DeviceStats = {
    requests: 0,
    droppedRequests: 0,
    droppedResponses: 0,
    refused: 0,
    syncRuns: 0,
    failedRuns: 0,
  };
  const cookie = await signIn(init);
  const user = await me(init.baseUrl, cookie);
  let online = false;

  const flaky = (async (url: string, options: RequestInit = {}) => {
    if (!online) throw new TypeError('offline');
    stats.requests += 1;
    if (random() < init.dropRequest) {
      stats.droppedRequests += 1;
      throw new TypeError('chaos: request dropped');
    }
    if (url.startsWith('/api/sync/push')) send({ type: 'push-start' });
    const headers = new Headers(options.headers);
    headers.set('cookie', cookie);
    let response: Response;
    try {
      response = await fetch(init.baseUrl + url, { ...options, headers });
    } catch (error) {
      stats.refused += 1;
      throw error;
    }
    const body = await response.arrayBuffer(); // the server has answered: it committed what it could
    if (random() < init.dropResponse) {
      stats.droppedResponses += 1;
      throw new TypeError('chaos: response dropped');
    }
    const nullBody = response.status === 204 || response.status === 304;
    return new Response(nullBody ? null : body, { status: response.status, headers: response.headers });
  }) as typeof fetch;
  configureActivitySync({ user: () => user, fetcher: flaky, batchSize: init.batchSize });

  // Offline: create every entry, then edit each once (these two fold into one op per entry).
  const entries: ActivityInput[] = [];
  for (let i = 0; i < init.entries; i++) {
    const entry = makeEntry(init, i);
    entries.push(entry);
    await saveActivity(entry, user);
  }
  for (let i = 0; i < entries.length; i++) {
    entries[i] = { ...entries[i]!, title: `${init.name} #${i} v2`, participantCount: i };
    await saveActivity(entries[i]!, user);
  }
  send({ type: 'ready' });
  await waitFor('go');
  online = true;

  // Online: sync until the outbox is empty, while the user keeps editing some entries.
  let editing = true;
  const editor = (async () => {
    for (let k = 0; k < init.midSyncEdits; k++) {
      await sleep(5 + random() * 40);
      const i = Math.floor(random() * entries.length);
      entries[i] = { ...entries[i]!, title: `${init.name} #${i} v3.${k}`, participantCount: 1000 + k };
      await saveActivity(entries[i]!, user);
    }
    editing = false;
  })();
  await syncUntilClean(stats, () => editing, random);
  await editor;
  await syncUntilClean(stats, () => false, random);
  send({ type: 'pushed', expected: snapshotOf(entries), stats });

  await waitFor('final');
  await syncUntilClean(stats, () => false, random);
  const local = await listActivities(init.partnerId);
  send({
    type: 'final',
    local: snapshotOf(local),
    localCount: local.length,
    outbox: await db.outbox.count(),
    stats,
  });
}

async function syncUntilClean(stats: DeviceStats, busy: () => boolean, random: () => number) {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    if (Date.now() > deadline) throw new Error('The device could not sync within 10 minutes.');
    stats.syncRuns += 1;
    const outcome = await syncActivitiesOnce();
    if (!outcome.ok) stats.failedRuns += 1;
    if (outcome.ok && !busy() && (await db.outbox.count()) === 0) return;
    if (!outcome.ok && outcome.reason !== 'offline' && outcome.reason !== 'server') {
      throw new Error(`sync failed: ${outcome.reason}`);
    }
    await sleep(outcome.ok ? 10 : 20 + random() * 100);
  }
}

function snapshotOf(entries: { id: string; title: string; participantCount: number | null }[]): Snapshot {
  return Object.fromEntries(
    entries.map((e) => [e.id, { title: e.title, participantCount: e.participantCount }]),
  );
}

function makeEntry(init: DeviceInit, i: number): ActivityInput {
  return {
    id: uuidv7(),
    partnerId: init.partnerId,
    date: `2026-0${1 + (i % 9)}-1${i % 10}`,
    endDate: null,
    title: `${init.name} #${i} v1`,
    category: (1 + (i % 6)) as ActivityInput['category'],
    secondaryCategories: [],
    status: 'done',
    type: 'event',
    format: 'in-person',
    place: 'Marktplatz',
    organisingUnit: null,
    cooperationPartners: [],
    targetGroups: [],
    participantCount: null,
    sessions: null,
    languages: ['de'],
    fundingProgramme: null,
    links: [],
    note: null,
  };
}

async function signIn(init: DeviceInit): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(`${init.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: init.email, password: init.password }),
    }).catch(() => null);
    const cookie = response?.headers.getSetCookie().find((c) => c.startsWith('vielfalt_session='));
    if (cookie) return cookie.split(';')[0]!;
    if (attempt > 20) throw new Error(`sign-in failed: ${response?.status}`);
    await sleep(250);
  }
}

async function me(baseUrl: string, cookie: string): Promise<SessionUser> {
  const response = await fetch(`${baseUrl}/api/auth/me`, { headers: { cookie } });
  return ((await response.json()) as { user: SessionUser }).user;
}
