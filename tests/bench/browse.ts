import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { readSeed, type Seed } from '../../server/seed/load-seed.ts';
import { startServer } from '../tools/start-server.ts';
import { againstMinimum, againstTarget, info, percentile, type BenchRow } from './measure.ts';
import { syntheticCatalog } from './synthetic-catalog.ts';

/**
 * Issue 4 targets, measured in headless Chromium on the app's real data layer and screens
 * (tests/bench/browser/, built to dist-bench/), against a server that serves the seed, or a
 * synthetic catalog of 10× or 100× the seed loaded through SEED_FILE.
 */

/** Phrases typed one key at a time; every prefix from two characters on is one "keystroke query". */
const TYPED = [
  'Fortbildung',
  'interkulturelle Kompetenz',
  'Schülerinnen',
  'Sprachmittler',
  'Ausbildung Polizei',
  'Einwanderungsgeschichte',
  'Diversität Führungskräfte',
  'Jobcenter Dortmund',
  'Mehrsprachigkeit',
  'Antidiskriminierung',
];
export const KEYSTROKE_QUERIES = TYPED.flatMap((phrase) =>
  Array.from({ length: phrase.length - 1 }, (_, i) => phrase.slice(0, i + 2)).filter((q) => !q.endsWith(' ')),
);

interface Size {
  label: string;
  factor: number;
  /** Targets named in the issue for this size; the seed is held to the 10× targets. */
  searchTargetMs: number;
  syncRuns: number;
}

const SIZES: Size[] = [
  { label: 'seed', factor: 1, searchTargetMs: 20, syncRuns: 5 },
  { label: '10×', factor: 10, searchTargetMs: 20, syncRuns: 5 },
  { label: '100×', factor: 100, searchTargetMs: 60, syncRuns: 2 },
];
const FILTER_TARGET_MS = 10;
const SYNC_TARGET_PER_S = 10_000;
/** Longest main-thread task while opening and scrolling the full list: above it, the page feels frozen. */
const FREEZE_TARGET_MS = 200;

export async function browseSections(browser: Browser): Promise<{ title: string; rows: BenchRow[] }[]> {
  await build({ configFile: 'tests/bench/browser/vite.config.ts', logLevel: 'warn' });
  const sections: { title: string; rows: BenchRow[] }[] = [];
  for (const size of SIZES) {
    const seed = size.factor === 1 ? await readSeed() : syntheticCatalog(size.factor);
    console.log(`bench: browse, ${size.label} catalog (${seed.measures.length} measures)`);
    sections.push({
      title: `Browse and search, ${size.label} catalog: ${seed.measures.length.toLocaleString('en')} measures (issue 4)`,
      rows: await measureSize(browser, size, seed),
    });
  }
  return sections;
}

async function measureSize(browser: Browser, size: Size, seed: Seed): Promise<BenchRow[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'vielfalt-bench-seed-'));
  const env: Record<string, string> = { STATIC_DIR: 'dist-bench' };
  if (size.factor !== 1) {
    env.SEED_FILE = path.join(dir, 'seed.json');
    await writeFile(env.SEED_FILE, JSON.stringify(seed));
  }
  const server = await startServer(env, { startTimeoutMs: 300_000 });
  const open = async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(server.baseUrl + '/');
    await page.waitForFunction(() => document.title === 'bench ready');
    return { context, page };
  };
  try {
    const n = seed.measures.length;
    const rows: BenchRow[] = [];

    // Each first sync in a fresh profile: no HTTP cache, no IndexedDB, as on a new phone.
    const rates: number[] = [];
    const network: number[] = [];
    for (let run = 0; run < size.syncRuns; run++) {
      const { context, page } = await open();
      const sync = await page.evaluate(() => window.bench.firstSync());
      if (sync.records !== n + seed.partners.length)
        throw new Error(`first sync stored ${sync.records} records`);
      rates.push(sync.records / (sync.ms / 1000));
      await context.close();
      const fresh = await open();
      const pull = await fresh.page.evaluate(() => window.bench.pullOnly(1000));
      network.push(pull.records / (pull.ms / 1000));
      await fresh.context.close();
    }
    const records = n + seed.partners.length;
    const syncMetric = `First sync into IndexedDB, ${records.toLocaleString('en')} records (pull + validate + bulk write, fresh profile; median of ${size.syncRuns})`;
    rows.push(
      size.factor === 10
        ? againstMinimum(syncMetric, percentile(rates, 50), SYNC_TARGET_PER_S, 'records/s')
        : info(`${syncMetric} (target named for 10× only)`, percentile(rates, 50), 'records/s'),
    );
    rows.push(
      info(
        '… the pull requests alone (server + network + JSON, no IndexedDB), median',
        percentile(network, 50),
        'records/s',
      ),
    );

    const { context, page } = await open();
    try {
      await page.evaluate(() => window.bench.firstSync());
      const writes: number[] = [];
      for (let run = 0; run < 3; run++) {
        const write = await page.evaluate(() => window.bench.deviceWrite());
        writes.push(write.records / (write.ms / 1000));
      }
      const writeMetric = `… the device's share alone: validate + bulk write into IndexedDB, pages of 1,000 (median of 3)`;
      rows.push(
        size.factor === 10
          ? againstMinimum(writeMetric, percentile(writes, 50), SYNC_TARGET_PER_S, 'records/s')
          : info(writeMetric, percentile(writes, 50), 'records/s'),
      );
      rows.push(...(await measurePage(page, size, seed)));
    } finally {
      await context.close();
    }
    return rows;
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function measurePage(page: Page, size: Size, seed: Seed): Promise<BenchRow[]> {
  const n = seed.measures.length;
  const rows: BenchRow[] = [];

  const snapshot = await page.evaluate(() => window.bench.coldSnapshot());
  rows.push(
    info('Catalog read from IndexedDB into memory (cold, once per catalog version)', snapshot.ms, 'ms'),
  );
  rows.push(info('… longest task while reading it', snapshot.longestTaskMs, 'ms'));
  rows.push(
    info(
      'Search index build (once per catalog version, in chunks)',
      await page.evaluate(() => window.bench.indexBuildMs()),
      'ms',
    ),
  );

  const search = await page.evaluate((queries) => window.bench.searchSamples(queries, 3), KEYSTROKE_QUERIES);
  rows.push(
    againstTarget(
      `Search per keystroke, p95 of ${search.samples.length} queries (${KEYSTROKE_QUERIES.length} prefixes of ${TYPED.length} phrases ×3)`,
      percentile(search.samples, 95),
      size.searchTargetMs,
      'ms',
    ),
  );
  rows.push(info('… median', percentile(search.samples, 50), 'ms'));

  const filter = await page.evaluate(() =>
    window.bench.filterSamples({ category: 3, kind: 'jobcenter' }, 200),
  );
  const kindOf = new Map(seed.partners.map((p) => [p.id, p.kind]));
  const expected = seed.measures.filter(
    (m) => m.category === 3 && kindOf.get(m.partnerId) === 'jobcenter',
  ).length;
  if (filter.count !== expected) throw new Error(`filter gave ${filter.count}, expected ${expected}`);
  const filterMetric = `Filtered list (category 3 + kind jobcenter → ${expected.toLocaleString('en')} measures, with choice counts), p95 of 200`;
  rows.push(
    size.factor <= 10
      ? againstTarget(filterMetric, percentile(filter.samples, 95), FILTER_TARGET_MS, 'ms')
      : info(`${filterMetric} (target named for 10× only)`, percentile(filter.samples, 95), 'ms'),
  );

  const render = await page.evaluate(() => window.bench.renderList());
  if (render.lastPosition !== n) throw new Error(`scrolling ended at row ${render.lastPosition} of ${n}`);
  rows.push(
    againstTarget(
      `Measures list with all ${n.toLocaleString('en')} rows: longest task while opening it (cold)`,
      render.openLongestMs,
      FREEZE_TARGET_MS,
      'ms',
    ),
  );
  rows.push(
    againstTarget(
      `… longest task while scrolling to row ${n.toLocaleString('en')} (${render.rendered} rows in the DOM at a time)`,
      render.scrollLongestMs,
      FREEZE_TARGET_MS,
      'ms',
    ),
  );
  rows.push(info('… time until the first rows are painted (cold)', render.openMs, 'ms'));
  return rows;
}
