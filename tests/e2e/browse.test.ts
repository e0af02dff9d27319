import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../tools/chromium.ts';
import { measuresOf, partnerById, seedMeasures, seedPartners } from './seed.ts';
import {
  collectPageErrors,
  collectRowIds,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  newPhoneContext,
  waitForServiceWorker,
} from './support.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

const rows = () => page.locator('[data-testid=measure-row]');
const h1 = () => page.locator('h1').textContent();

beforeAll(async () => {
  browser = await launchChromium();
  context = await newPhoneContext(browser);
  page = await context.newPage();
  errors = collectPageErrors(page);
  mkdirSync('docs/screenshots', { recursive: true });
});
afterAll(() => browser?.close());

describe('browse and search the partner network (issue 4), phone viewport', () => {
  it('home: search field, the six categories with their counts, calendar slot and sync state', async () => {
    await page.goto(baseUrl + '/');
    const expected = [1, 2, 3, 4, 5, 6].map((c) => seedMeasures.filter((m) => m.category === c).length);
    await expect
      .poll(() => page.locator('[data-testid=category-count]').allTextContents(), { timeout: 20_000 })
      .toEqual(expected.map((n) => `${n} Maßnahmen`));
    await expect(
      page.getByRole('searchbox', { name: 'Maßnahmen und Partnerorganisationen durchsuchen' }).count(),
    ).resolves.toBe(1);
    expect(await page.getByTestId('upcoming-holidays').textContent()).toMatch(/Feiertage|Kalender/);
    await expect
      .poll(() => page.getByTestId('sync-card').textContent())
      .toContain(`${seedMeasures.length} Maßnahmen von ${seedPartners.length} Partnerorganisationen`);
    expect(await page.getByTestId('sync-card').textContent()).toContain('Zuletzt aktualisiert');
    await waitForServiceWorker(page);
    await page.screenshot({ path: 'docs/screenshots/home.png' });
    await expectNoAxeViolations(page, 'home (de)');
    await expectNoHorizontalScroll(page, 'home (de)');

    // A category is an entry point into the filtered list.
    await page.locator('.category-tile[data-category="5"]').click();
    await expect
      .poll(() => page.getByTestId('measure-count').textContent())
      .toBe(`${expected[4]} von ${seedMeasures.length} Maßnahmen`);
    expect(new URL(page.url()).search).toBe('?category=5');
  });

  it('offline: "Fortbildung" finds category-2 measures first, as you type, with highlighted matches', async () => {
    await context.setOffline(true);
    await page.goto(baseUrl + '/');
    await expect.poll(() => page.locator('.badge-offline').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Suche', exact: true }).click();
    const field = page.getByRole('searchbox');
    // Results appear while typing, before the word is complete (prefix search).
    await field.pressSequentially('Fortbil', { delay: 60 });
    await expect.poll(() => rows().count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await field.pressSequentially('dung', { delay: 60 });
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Fortbildung');
    await expect
      .poll(async () =>
        (await rows().evaluateAll((r) => r.slice(0, 5).map((e) => e.getAttribute('data-category')))).join(),
      )
      .toBe('2,2,2,2,2');
    // Titles rank above summaries: the first hit has the word (or an inflection) in its title, marked.
    expect(await rows().first().locator('.measure-row-title mark').first().textContent()).toMatch(
      /^Fortbildung/,
    );
    // Stemming: measures that only say "Fortbildungen" are found too.
    const found = await collectRowIds(page, '[data-testid=measure-row]');
    const plural = seedMeasures.find(
      (m) => /Fortbildungen/.test(m.titleDe) && !/Fortbildung\b/.test(m.titleDe),
    )!;
    expect(found).toContain(plural.id);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: 'docs/screenshots/search.png' });
    await expectNoAxeViolations(page, 'search results (de, offline)');
    await expectNoHorizontalScroll(page, 'search results (de, offline)');
  });

  it('offline: umlaut spellings find the same measures ("Schüler", "Schueler", "Schuler")', async () => {
    const counts: string[] = [];
    for (const q of ['Schüler', 'Schueler', 'Schuler']) {
      await page.goto(`${baseUrl}/search?q=${encodeURIComponent(q)}`);
      await expect.poll(() => rows().count()).toBeGreaterThan(0);
      counts.push((await collectRowIds(page, '[data-testid=measure-row]')).sort().join());
    }
    expect(new Set(counts).size).toBe(1);
  });

  it('offline: category 3 + kind "jobcenter" lists exactly the matching seed measures', async () => {
    const expected = seedMeasures
      .filter((m) => m.category === 3 && partnerById.get(m.partnerId)?.kind === 'jobcenter')
      .map((m) => m.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    await page.goto(baseUrl + '/measures');
    await expect
      .poll(() => page.getByTestId('measure-count').textContent())
      .toBe(`${seedMeasures.length} Maßnahmen`);
    await page.getByText('Filtern und sortieren').click();
    await page.getByLabel('Kategorie', { exact: true }).selectOption('3');
    await page.getByLabel('Art der Organisation').selectOption('jobcenter');
    await expect
      .poll(() => page.getByTestId('measure-count').textContent())
      .toBe(`${expected.length} von ${seedMeasures.length} Maßnahmen`);
    expect(new URL(page.url()).search).toBe('?category=3&kind=jobcenter');
    expect((await collectRowIds(page, '[data-testid=measure-row]')).sort()).toEqual(expected);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: 'docs/screenshots/measures.png' });
    await expectNoAxeViolations(page, 'measures filtered (de, offline)');
    await expectNoHorizontalScroll(page, 'measures filtered (de, offline)');

    // The filters live in the URL: a reload (offline) keeps them.
    await page.reload();
    await expect
      .poll(() => page.getByTestId('measure-count').textContent())
      .toBe(`${expected.length} von ${seedMeasures.length} Maßnahmen`);
    // Sorting by partner keeps the same set.
    await page.getByLabel('Sortieren nach').selectOption('partner');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('partner');
    expect((await collectRowIds(page, '[data-testid=measure-row]')).sort()).toEqual(expected);
  });

  it('offline: a measure opens by deep link after an offline reload; related measures and back work', async () => {
    const measure = seedMeasures.find((m) => measuresOf(m.partnerId).length >= 4)!;
    const partner = partnerById.get(measure.partnerId)!;
    await page.goto(`${baseUrl}/measures/${measure.id}`);
    await page.reload();
    await expect.poll(h1).toBe(measure.titleDe);
    expect(await page.getByTestId('source-ref').textContent()).toBe(
      `Broschüre 2020/21, Zeile ${measure.line}`,
    );
    expect(await page.getByRole('link', { name: partner.name }).count()).toBeGreaterThan(0);
    const related = Math.min(measuresOf(partner.id).length - 1, 8);
    expect(await page.getByTestId('related').locator('li').count()).toBe(related);
    await page.screenshot({ path: 'docs/screenshots/measure-detail.png' });
    await expectNoAxeViolations(page, 'measure detail (de, offline)');
    await expectNoHorizontalScroll(page, 'measure detail (de, offline)');

    const next = page.getByTestId('related').getByRole('link').first();
    const nextTitle = (await next.locator('span[lang=de]').textContent())!;
    await next.click();
    await expect.poll(h1).toBe(nextTitle);
    await page.goBack();
    await expect.poll(h1).toBe(measure.titleDe);
  });

  it('back from a measure returns to the same place in the long list', async () => {
    await page.goto(baseUrl + '/measures');
    await expect
      .poll(() => page.getByTestId('measure-count').textContent())
      .toBe(`${seedMeasures.length} Maßnahmen`);
    await page.evaluate(() => window.scrollTo(0, 6000));
    await page.waitForTimeout(300);
    const row = page.locator('[data-testid=measure-row]').filter({ visible: true }).nth(1);
    const id = await row.getAttribute('data-id');
    const before = await page.evaluate(() => window.scrollY);
    // A DOM click: Playwright's own click would first scroll the row to another place.
    await row.evaluate((link: HTMLElement) => link.click());
    await expect.poll(h1).toBe(seedMeasures.find((m) => m.id === id)!.titleDe);
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(200);
    await page.goBack();
    // Rows are measured again on return, so the position may shift by a row or two, not more.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 400);
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(before + 400);
    await expect.poll(() => page.locator(`[data-id="${id}"]`).isVisible()).toBe(true);
  });

  it('reflows at 320 px: no screen scrolls sideways', async () => {
    await page.setViewportSize({ width: 320, height: 700 });
    try {
      const measure = seedMeasures.reduce((a, b) => (b.titleDe.length > a.titleDe.length ? b : a));
      for (const path of [
        '/',
        '/measures?category=3',
        `/measures/${measure.id}`,
        '/search?q=Einwanderungsgeschichte',
        '/partners/stadt-juelich',
        '/settings',
      ]) {
        await page.goto(baseUrl + path);
        await expect.poll(() => page.locator('h1').count()).toBe(1);
        await page.waitForTimeout(300);
        await expectNoHorizontalScroll(page, `${path} at 320 px`);
      }
    } finally {
      await page.setViewportSize({ width: 360, height: 780 });
    }
  });

  it('offline: the partner page shows kind, region and its measures by category, with counts', async () => {
    const partner = seedPartners.find((p) => p.id === 'stadt-juelich')!;
    await page.goto(`${baseUrl}/partners/${partner.id}`);
    await expect.poll(h1).toBe(partner.name);
    const perCategory = [1, 2, 3, 4, 5, 6].map(
      (c) => measuresOf(partner.id).filter((m) => m.category === c).length,
    );
    const texts = await page.getByTestId('category-counts').locator('li .count').allTextContents();
    expect(texts).toEqual(perCategory.map((n) => (n === 1 ? '1 Maßnahme' : `${n} Maßnahmen`)));
    expect(await page.locator('.facts').textContent()).toContain('Städte');
  });

  it('bad input gets a friendly message and nothing throws', async () => {
    await page.goto(`${baseUrl}/search?q=${encodeURIComponent('?!… ---- „“ ***')}`);
    await expect.poll(() => page.locator('.note').textContent()).toContain('Satzzeichen');
    await page.goto(`${baseUrl}/search?q=${'Fortbildung%20'.repeat(800).slice(0, 10_000)}`);
    await expect.poll(() => page.locator('.note').first().textContent()).toContain('sehr lang');
    await expect.poll(() => rows().count()).toBeGreaterThan(0);
    await page.goto(`${baseUrl}/search?q=${encodeURIComponent('und für die')}`);
    await expect.poll(() => page.locator('.note').textContent()).toContain('genaueres Suchwort');
    await page.goto(`${baseUrl}/search?q=Xylophonorchester`);
    await expect.poll(() => page.locator('main').textContent()).toContain('Nichts gefunden');
    await page.goto(`${baseUrl}/gibt/es/nicht`);
    await expect.poll(h1).toBe('Seite nicht gefunden');
    await page.goto(`${baseUrl}/measures/b1999-l0`);
    await expect.poll(h1).toBe('Maßnahme nicht gefunden');
    await page.goto(`${baseUrl}/measures?category=9&kind=bank`);
    await expect
      .poll(() => page.getByTestId('measure-count').textContent())
      .toBe(`${seedMeasures.length} Maßnahmen`);
    expect(await page.locator('.note').textContent()).toContain('unbekannt');
    expect(errors).toEqual([]);
  });

  it('settings show storage persistence and usage, and ask for persistence on request', async () => {
    await page.goto(`${baseUrl}/settings`);
    await expect.poll(() => page.getByTestId('persistence').textContent()).toMatch(/aktiv|unterstützt/i);
    expect(await page.getByTestId('usage').textContent()).toMatch(/(kB|MB|GB) von .* verfügbar/);
    const request = page.getByRole('button', { name: 'Dauerhafte Speicherung anfordern' });
    if (await request.count()) {
      await request.click();
      await expect.poll(() => page.locator('.settings-outcome').first().textContent()).toMatch(/Browser/);
      await expect.poll(() => page.getByTestId('storage-facts').textContent()).toContain('von Ihnen');
    }
    await page.screenshot({ path: 'docs/screenshots/settings.png' });
    await expectNoAxeViolations(page, 'settings (de, offline)');
    await expectNoHorizontalScroll(page, 'settings (de, offline)');
    await context.setOffline(false);
  });
});

describe('install card', () => {
  it('offers the browser prompt where there is one and asks for persistent storage after installing', async () => {
    await page.goto(baseUrl + '/');
    await page.evaluate(() => localStorage.removeItem('vielfalt.installCardDismissedAt'));
    await page.evaluate(() => {
      const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: async () => void ((window as unknown as { prompted: boolean }).prompted = true),
        userChoice: Promise.resolve({ outcome: 'accepted' }),
      });
      window.dispatchEvent(event);
    });
    const card = page.getByTestId('install-card');
    await card.getByRole('button', { name: 'Installieren' }).click();
    expect(await page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(true);
    await page.evaluate(() => window.dispatchEvent(new Event('appinstalled')));
    await expect.poll(() => card.count()).toBe(0);
    await page.goto(`${baseUrl}/settings`);
    await expect
      .poll(() => page.getByTestId('storage-facts').textContent())
      .toContain('nach der Installation');
  });

  it('shows "Add to Home Screen" steps on an iPhone and nothing once the app runs installed', async () => {
    const iphone = await newPhoneContext(browser, 'de-DE', {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
    });
    try {
      const safari = await iphone.newPage();
      await safari.goto(baseUrl + '/');
      await expect.poll(() => safari.getByTestId('ios-steps').locator('li').count()).toBe(3);
      expect(await safari.getByTestId('ios-steps').textContent()).toContain('Zum Home-Bildschirm');
      await expectNoAxeViolations(safari, 'home with iOS install steps');
      await safari.getByRole('button', { name: 'Nicht jetzt' }).click();
      await expect.poll(() => safari.getByTestId('install-card').count()).toBe(0);

      const installed = await iphone.newPage();
      await installed.addInitScript(() => Object.defineProperty(navigator, 'standalone', { value: true }));
      await installed.goto(baseUrl + '/');
      await installed.evaluate(() => localStorage.removeItem('vielfalt.installCardDismissedAt'));
      await installed.reload();
      await expect.poll(() => installed.getByTestId('category-tiles').count()).toBe(1);
      expect(await installed.getByTestId('install-card').count()).toBe(0);
    } finally {
      await iphone.close();
    }
  });
});

describe('first sync', () => {
  it('shows a progress bar with counts while the catalog loads, and the app is usable meanwhile', async () => {
    const fresh = await newPhoneContext(browser);
    try {
      const first = await fresh.newPage();
      const pageErrors = collectPageErrors(first);
      const total = seedPartners.length + seedMeasures.length;
      // A slow connection: small pages, each answered after a pause.
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      await first.route('**/api/sync/pull?*', async (route) => {
        await gate;
        await new Promise((resolve) => setTimeout(resolve, 400));
        const url = new URL(route.request().url());
        url.searchParams.set('limit', '100');
        await route.continue({ url: url.toString() });
      });
      await first.goto(baseUrl + '/');
      // Usable from the shell before any data has arrived: the search screen and the list open.
      await expect
        .poll(() => first.getByTestId('sync-progress').textContent())
        .toContain('Verbindung zum Server');
      await first.getByRole('link', { name: 'Maßnahmen', exact: true }).click();
      await expect
        .poll(() => first.locator('main').textContent())
        .toContain('zum ersten Mal auf dieses Gerät geladen');
      release();
      await expect
        .poll(() => first.getByTestId('sync-progress').textContent(), { timeout: 15_000 })
        .toMatch(new RegExp(`^\\d+ von ${total} Einträgen geladen \\(\\d+\\s%\\)$`));
      await expectNoAxeViolations(first, 'measures list during the first sync');
      // When the last page is stored, the open list fills without a reload.
      await expect
        .poll(() => first.getByTestId('measure-count').textContent(), { timeout: 20_000 })
        .toBe(`${seedMeasures.length} Maßnahmen`);
      await expect.poll(() => first.getByTestId('sync-progress').count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
