import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { MeasureFilter } from '../../../shared/catalog/index.ts';
import { App } from '../../../web/src/app/App.tsx';
import { invalidateCatalogSnapshot, catalogSnapshot } from '../../../web/src/data/catalog-snapshot.ts';
import { db } from '../../../web/src/data/db.ts';
import { pullCatalog, queryMeasures, searchCatalog } from '../../../web/src/data/index.ts';
import { CATALOG } from '../../../web/src/data/catalog-sync.ts';
import { resetPullGroup, storePullPage } from '../../../web/src/data/pull.ts';
import { pullResponseSchema, type PullResponse } from '../../../shared/sync/index.ts';
import { setupI18n } from '../../../web/src/i18n/index.ts';
import '../../../web/src/app/app.css';

/** Long tasks (> 50 ms) seen by the page since the last reset: the measure of "freezing". */
const longTasks: number[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration);
}).observe({ type: 'longtask', buffered: true });

const time = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const bench = {
  /** The app's own first sync (pipelined pages, one transaction per page), timed end to end. */
  async firstSync() {
    const ms = await time(() => pullCatalog());
    const records = (await db.partners.count()) + (await db.measures.count());
    return { ms, records };
  },

  /** The pull requests alone (fetch + JSON), without validation or IndexedDB: the network's share. */
  async pullOnly(limit: number) {
    let cursor = '';
    let records = 0;
    const started = performance.now();
    for (;;) {
      const query = new URLSearchParams({ collections: 'partners,measures', limit: String(limit) });
      if (cursor) query.set('cursor', cursor);
      const page = await (await fetch(`/api/sync/pull?${query}`)).json();
      for (const changes of Object.values(page.changes) as { upserts: unknown[] }[])
        records += changes.upserts.length;
      cursor = page.cursor;
      if (!page.more) break;
    }
    return { ms: performance.now() - started, records };
  },

  /** Reads the catalog from IndexedDB into memory, as the first screen after a start does. */
  /**
   * The device's share of a first sync: pages fetched beforehand, then validated and written
   * exactly as the puller does (one transaction per page of 1,000).
   */
  async deviceWrite() {
    const pages: PullResponse[] = [];
    let cursor = '';
    for (;;) {
      const query = new URLSearchParams({ collections: 'partners,measures', limit: '1000' });
      if (cursor) query.set('cursor', cursor);
      const page = pullResponseSchema.parse(await (await fetch(`/api/sync/pull?${query}`)).json());
      pages.push(page);
      cursor = page.cursor;
      if (!page.more) break;
    }
    await resetPullGroup(CATALOG);
    await db.transaction('rw', db.partners, db.measures, async () => {
      await db.partners.clear();
      await db.measures.clear();
    });
    let records = 0;
    let previous = '';
    const started = performance.now();
    for (const page of pages) {
      records += await storePullPage(CATALOG, page, previous, null);
      previous = page.cursor;
    }
    return { ms: performance.now() - started, records };
  },

  async coldSnapshot() {
    invalidateCatalogSnapshot();
    longTasks.length = 0;
    const ms = await time(() => catalogSnapshot());
    return { ms, longestTaskMs: Math.max(0, ...longTasks) };
  },

  /** Builds the search index (first search after a catalog change). */
  async indexBuildMs() {
    invalidateCatalogSnapshot();
    await catalogSnapshot();
    return time(() => searchCatalog('aufbau'));
  },

  async searchSamples(queries: string[], repeats: number) {
    await searchCatalog('warm');
    const samples: number[] = [];
    let hits = 0;
    for (let round = 0; round < repeats; round++) {
      for (const query of queries) {
        const started = performance.now();
        const result = await searchCatalog(query);
        samples.push(performance.now() - started);
        hits += result.measures.length;
      }
    }
    return { samples, hits };
  },

  async filterSamples(filter: MeasureFilter, runs: number) {
    await queryMeasures(filter, 'category');
    const samples: number[] = [];
    let count = 0;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      count = (await queryMeasures(filter, 'category')).measures.length;
      samples.push(performance.now() - started);
    }
    return { samples, count };
  },

  /**
   * Opens the real measures list with every measure (cold: the catalog is read from IndexedDB
   * first), waits for its rows, then scrolls to the end: the longest task is the freeze a user feels.
   */
  async renderList() {
    invalidateCatalogSnapshot();
    await setupI18n();
    history.replaceState(null, '', '/measures');
    longTasks.length = 0;
    const started = performance.now();
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
    while (!document.querySelector('[data-testid=measure-row]')) await nextFrame();
    const openMs = performance.now() - started;
    const openLongestMs = Math.max(0, ...longTasks);
    longTasks.length = 0;
    const rendered = document.querySelectorAll('[data-testid=measure-row]').length;
    for (let step = 0; step < 40; step++) {
      window.scrollTo(0, (document.documentElement.scrollHeight * (step + 1)) / 40);
      await nextFrame();
    }
    await nextFrame();
    const scrollLongestMs = Math.max(0, ...longTasks);
    const last = [...document.querySelectorAll('[data-testid=measure-row]')].at(-1)?.closest('li');
    return {
      openMs,
      openLongestMs,
      scrollLongestMs,
      rendered,
      lastPosition: Number(last?.getAttribute('aria-posinset') ?? 0),
    };
  },
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
document.title = 'bench ready';
