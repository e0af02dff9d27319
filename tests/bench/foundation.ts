import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { againstTarget, percentile, type BenchRow } from './measure.ts';

/** Gzip size of the JavaScript the first page load needs: the entry module and its preloads. */
export function initialJsGzipKb(distDir = 'dist'): number {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(path.join(distDir, src))).length, 0);
  return bytes / 1024;
}

/** Time from navigation start until every seed measure is stored in IndexedDB, fresh profile each run. */
export async function firstVisitToStoredMs(browser: Browser, baseUrl: string, expected: number, runs = 5) {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(baseUrl + '/');
    await page.waitForFunction(
      (count) =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('vielfalt-nrw');
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('measures')) return resolve(false);
            const request = db.transaction('measures').objectStore('measures').count();
            request.onsuccess = () => resolve(request.result >= count);
            request.onerror = () => resolve(false);
          };
          open.onerror = () => resolve(false);
        }),
      expected,
      { polling: 20, timeout: 30_000 },
    );
    samples.push(Date.now() - started);
    await context.close();
  }
  return { median: percentile(samples, 50), p95: percentile(samples, 95), samples };
}

export async function foundationRows(
  browser: Browser,
  baseUrl: string,
  measureCount: number,
): Promise<BenchRow[]> {
  const visit = await firstVisitToStoredMs(browser, baseUrl, measureCount);
  return [
    againstTarget('Initial JS (gzip) of the built app', initialJsGzipKb(), 170, 'kB'),
    againstTarget(
      `First visit → all ${measureCount} seed measures in IndexedDB (median of ${visit.samples.length})`,
      visit.median,
      1000,
      'ms',
    ),
    againstTarget('First visit → seed in IndexedDB, p95', visit.p95, 1000, 'ms'),
  ];
}
