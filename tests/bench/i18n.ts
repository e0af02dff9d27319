import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { LANGUAGES } from '../../web/src/i18n/languages.ts';
import { initialJsGzipKb } from './foundation.ts';
import { HOLIDAYS_NAMESPACE } from '../../web/build/locale-chunks.ts';
import { againstTarget, info, percentile, round, type BenchRow } from './measure.ts';

/** Gzip size of every locale chunk (one per language and namespace), from the map in index.html. */
export function localeChunkSizes(distDir = 'dist') {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const json = /<script type="application\/json" id="locale-chunks">([^<]*)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error('dist/index.html has no locale chunk map: build first');
  const map = JSON.parse(json) as Record<string, Record<string, [string, number]>>;
  return Object.entries(map).flatMap(([language, namespaces]) =>
    Object.entries(namespaces).map(([namespace, [url]]) => ({
      language,
      namespace,
      kb: gzipSync(readFileSync(path.join(distDir, url))).length / 1024,
    })),
  );
}

const option = (page: Page, code: string) =>
  page.locator('.language-option').filter({ has: page.locator(`bdi[lang="${code}"]`) });

/**
 * Time from the tap on a language to the next frame after `<html lang>` changed (the interface
 * re-rendered), in headless Chromium. Every language is used once, then the page is reloaded, so
 * the first round reads the chunks from the service worker's cache, later rounds from memory.
 */
export async function cachedSwitchMs(browser: Browser, baseUrl: string, rounds = 3) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'de-DE' });
  const page = await context.newPage();
  const codes = LANGUAGES.map((language) => language.code);
  const order = [...codes.slice(1), codes[0]!]; // ends on German
  const choose = async (code: string) => {
    await page.locator('header button[aria-expanded]').click();
    await option(page, code).click();
    await page.waitForFunction((lang) => document.documentElement.lang === lang, code);
  };
  try {
    await page.goto(baseUrl + '/partners');
    await page.waitForSelector('[data-testid=partner-list] li', { timeout: 30_000 });
    for (const code of order) await choose(code);
    await page.waitForTimeout(1500); // the page stores the chunks in the cache in the background
    await page.reload();
    await page.waitForSelector('[data-testid=partner-list] li');
    await page.evaluate(() => {
      const state = window as unknown as { __t0: number; __samples: number[] };
      state.__samples = [];
      document.addEventListener(
        'click',
        (event) => {
          if ((event.target as Element).closest('.language-option')) state.__t0 = performance.now();
        },
        true,
      );
      new MutationObserver(() => {
        const t0 = state.__t0;
        requestAnimationFrame(() => setTimeout(() => state.__samples.push(performance.now() - t0)));
      }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    });
    for (let round = 0; round < rounds; round++) for (const code of order) await choose(code);
    await page.waitForTimeout(200);
    const samples = await page.evaluate(() => (window as unknown as { __samples: number[] }).__samples);
    return { median: percentile(samples, 50), p95: percentile(samples, 95), samples };
  } finally {
    await context.close();
  }
}

export async function i18nRows(browser: Browser, baseUrl: string): Promise<BenchRow[]> {
  const all = localeChunkSizes();
  // The calendar's holiday texts (108 holidays in one file per language) are measured on their own.
  const sizes = all.filter((entry) => entry.namespace !== HOLIDAYS_NAMESPACE);
  const holidays = all.filter((entry) => entry.namespace === HOLIDAYS_NAMESPACE);
  const largest = sizes.reduce((max, entry) => (entry.kb > max.kb ? entry : max));
  const largestHolidays = holidays.reduce<(typeof all)[number] | null>(
    (max, entry) => (max === null || entry.kb > max.kb ? entry : max),
    null,
  );
  const switching = await cachedSwitchMs(browser, baseUrl);
  return [
    againstTarget(
      `Largest language chunk per namespace (gzip), ${largest.language}/${largest.namespace}, of ${sizes.length} chunks`,
      largest.kb,
      10,
      'kB',
    ),
    ...(largestHolidays
      ? [
          info(
            `Largest holiday-texts chunk (gzip), ${largestHolidays.language}, of ${holidays.length} languages`,
            largestHolidays.kb,
            'kB',
          ),
        ]
      : []),
    againstTarget(
      `Language switch when cached, p95 of ${switching.samples.length} (median ${round(switching.median)} ms)`,
      switching.p95,
      100,
      'ms',
    ),
    againstTarget('Initial JS (gzip) with the language infrastructure', initialJsGzipKb(), 170, 'kB'),
  ];
}
