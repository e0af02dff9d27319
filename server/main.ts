import { serve } from '@hono/node-server';
import { mkdir } from 'node:fs/promises';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { openPglite, openPostgres, redactUrl, type Db } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { ensureCalendarLocales } from './calendar/locales.ts';
import { issueSetupTokenIfNeeded, SETUP_HOURS } from './auth/setup.ts';
import { importBrochureYear } from './reports/import-brochure.ts';
import { applyDemoMediators } from './seed/demo-mediators.ts';
import { loadPoolSeed } from './seed/load-pools.ts';
import { loadSeed } from './seed/load-seed.ts';

const config = readConfig();

async function openDatabase(): Promise<Db> {
  if (config.databaseUrl) {
    try {
      return await openPostgres(config.databaseUrl);
    } catch (error) {
      console.error(
        `Cannot reach the database at ${redactUrl(config.databaseUrl)}: ${(error as Error).message}`,
      );
      process.exit(1);
    }
  }
  try {
    await mkdir(config.dataDir, { recursive: true });
    return await openPglite(config.dataDir);
  } catch (error) {
    console.error(`Cannot open the embedded database in ${config.dataDir}: ${(error as Error).message}`);
    process.exit(1);
  }
}

const db = await openDatabase();
const applied = await migrate(db);
const seeded = await loadSeed(db);
const pools = await loadPoolSeed(db);
const demoContacts = await applyDemoMediators(db, { production: config.production });
// The 2020/21 brochure is the first report year, so partners can compare with it.
const imported = await importBrochureYear(db, 2021);
const log = (msg: string, extra: object = {}) =>
  console.log(JSON.stringify({ level: 'info', msg, ...extra }));
log('database ready', {
  db: db.kind,
  migrations: applied,
  seed: seeded,
  pools,
  demoContacts,
  importedReports: imported.reports,
});
const calendarTexts = ensureCalendarLocales();
log('calendar texts', {
  languages: ['de', 'en', ...calendarTexts.loaded],
  germanFallback: calendarTexts.missing,
  ...(calendarTexts.problems.length > 0 ? { problems: calendarTexts.problems } : {}),
});
const setupToken = await issueSetupTokenIfNeeded(db);

if (config.testHooks) log('test hooks mounted under /api/test (NODE_ENV=test)');
if (process.env.SEED_FILE) log('seed read from SEED_FILE', { file: process.env.SEED_FILE });
const app = createApp({
  db,
  staticDir: config.staticDir,
  settings: { production: config.production, trustProxy: config.trustProxy },
  testHooks: config.testHooks,
});
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const base = config.publicUrl ?? `http://${shown}:${info.port}`;
  console.log(`Vielfalt NRW is running at ${base}/ (database: ${db.kind})`);
  if (setupToken) {
    // Printed once, to the console only: whoever runs the server creates the first administrator.
    console.log(
      `No administrator yet. Create the first one within ${SETUP_HOURS} hours with this one-time link:\n` +
        `  ${base}/setup#${setupToken}`,
    );
  }
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log('shutting down', { signal });
  // Stop accepting connections, let running requests finish, then close the database cleanly.
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  server.close(async () => {
    await db.close().catch(() => undefined);
    process.exit(0);
  });
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
