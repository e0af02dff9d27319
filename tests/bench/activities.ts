import pg from 'pg';
import type { Browser } from 'playwright-core';
import { openPostgres } from '../../server/db/client.ts';
import { migrate } from '../../server/db/migrate.ts';
import { loadSeed } from '../../server/seed/load-seed.ts';
import { sampleEntry, upsertOp } from '../../server/test-support/activity-fixtures.ts';
import { createTestUser, type TestUser } from '../../server/test-support/users.ts';
import { runChaos } from '../chaos/run-chaos.ts';
import { prepareDataDir } from '../tools/prepared-data-dir.ts';
import { startServer, type RunningServer } from '../tools/start-server.ts';
import { againstTarget, percentile, round, type BenchRow } from './measure.ts';

const PARTNER = 'stadt-juelich';
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function signIn(baseUrl: string, user: TestUser): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  return response.headers
    .getSetCookie()
    .find((c) => c.startsWith('vielfalt_session='))!
    .split(';')[0]!;
}

async function push(baseUrl: string, cookie: string, ops: unknown[]): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ deviceId: 'bench', ops }),
  });
  const body = (await response.json()) as { results: { status: string }[] };
  const elapsed = performance.now() - started;
  if (!response.ok || body.results.some((r) => r.status !== 'applied')) {
    throw new Error(`push failed: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  }
  return elapsed;
}

/** Push acknowledgement over loopback: single-op pushes (p95) and 500-op batches (slowest of three). */
export async function pushRows(kind: string, baseUrl: string, user: TestUser): Promise<BenchRow[]> {
  const cookie = await signIn(baseUrl, user);
  for (let i = 0; i < 20; i++) await push(baseUrl, cookie, [upsertOp(sampleEntry(PARTNER))]); // warm-up
  const single: number[] = [];
  for (let i = 0; i < 200; i++) single.push(await push(baseUrl, cookie, [upsertOp(sampleEntry(PARTNER))]));
  const batches: number[] = [];
  for (let run = 0; run < 3; run++) {
    const ops = Array.from({ length: 500 }, () => upsertOp(sampleEntry(PARTNER)));
    batches.push(await push(baseUrl, cookie, ops));
  }
  return [
    againstTarget(`Push ack, single op, p95 of ${single.length} (${kind})`, percentile(single, 95), 50, 'ms'),
    againstTarget(
      `Push ack, 500-op batch, slowest of ${batches.length} (${kind})`,
      Math.max(...batches),
      1000,
      'ms',
    ),
  ];
}

async function onPglite(): Promise<BenchRow[]> {
  const { dataDir, users } = await prepareDataDir([{ role: 'officer', partnerId: PARTNER }]);
  const server = await startServer({ DATA_DIR: dataDir });
  try {
    return await pushRows('PGlite', server.baseUrl, users[0]!);
  } finally {
    await server.stop();
  }
}

async function onPostgres(): Promise<BenchRow[]> {
  const name = `vielfalt_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
  } catch {
    return [
      {
        metric: 'Push ack on PostgreSQL',
        value: 'skipped',
        target: '–',
        ratio: `no server at ${ADMIN_URL}`,
        pass: false,
      },
    ];
  }
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  let server: RunningServer | null = null;
  try {
    const db = await openPostgres(url.toString(), 2);
    await migrate(db);
    await loadSeed(db);
    const user = await createTestUser(db, { role: 'officer', partnerId: PARTNER });
    await db.close();
    server = await startServer({ DATABASE_URL: url.toString() });
    return await pushRows('PostgreSQL', server.baseUrl, user);
  } finally {
    await server?.stop();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/** Form submit → entry and op committed in IndexedDB, measured by the app's own User Timing mark. */
export async function saveOnDevice(browser: Browser): Promise<BenchRow[]> {
  const { dataDir, users } = await prepareDataDir([{ role: 'officer', partnerId: PARTNER }]);
  const server = await startServer({ DATA_DIR: dataDir });
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'de-DE' });
  try {
    const page = await context.newPage();
    page.on('console', (m) => process.env.BENCH_DEBUG && console.log('page:', m.text()));
    page.on('pageerror', (e) => process.env.BENCH_DEBUG && console.log('pageerror:', e.message));
    await page.goto(`${server.baseUrl}/login?next=/activities/new`);
    await page.getByLabel('E-Mail-Adresse').fill(users[0]!.email);
    await page.getByLabel('Passwort').fill(users[0]!.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL('**/activities/new');
    await page.getByLabel('Titel').waitFor();
    await context.setOffline(true); // at the event, without a connection
    const runs = 105;
    for (let i = 0; i < runs; i++) {
      await page.getByLabel('Titel').fill(`Messung ${i}`);
      await page.getByLabel('Tätigkeitsschwerpunkt').selectOption(String(1 + (i % 6)));
      await page.getByRole('button', { name: 'Speichern' }).click();
      await page.waitForFunction((n) => performance.getEntriesByName('activity-save').length >= n, i + 1, {
        polling: 5,
      });
    }
    const samples = await page.evaluate(() =>
      performance.getEntriesByName('activity-save').map((e) => e.duration),
    );
    const measured = samples.slice(5); // the first saves warm up IndexedDB and the JIT
    if (process.env.BENCH_DEBUG) console.log(measured.map((x) => Math.round(x)).join(' '));
    return [
      againstTarget(
        `Save on device, submit → outbox committed, p95 of ${measured.length} (Chromium)`,
        percentile(measured, 95),
        30,
        'ms',
      ),
    ];
  } finally {
    await context.close();
    await server.stop();
  }
}

async function chaosRows(): Promise<BenchRow[]> {
  const report = await runChaos({
    devices: 3,
    entriesPerDevice: 500,
    midSyncEdits: 100,
    dropRequest: 0.1,
    dropResponse: 0.15,
    batchSize: 25,
    killAfterPushes: 30,
    log: (line) => console.log(line),
  });
  const clean = report.lost.length === 0 && report.duplicated === 0 && report.wrongContent.length === 0;
  return [
    {
      metric: `Chaos: 3 devices × 500 entries, ${report.pushesStarted} pushes, 10 % requests and 15 % answers dropped, server killed (-9) mid-push: ${report.onServer} of ${report.expected} on the server`,
      value: `${report.lost.length} lost, ${report.duplicated} duplicated, ${report.wrongContent.length} stale`,
      target: '0 lost, 0 duplicated, 0 stale',
      ratio: `${round(report.seconds)} s`,
      pass: clean && report.killedMidPush && report.devicesInStep,
    },
  ];
}

export async function activityRows(browser: Browser): Promise<BenchRow[]> {
  return [
    ...(await onPglite()),
    ...(await onPostgres()),
    ...(await saveOnDevice(browser)),
    ...(await chaosRows()),
  ];
}
