import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../tools/chromium.ts';
import {
  chooseLanguage,
  languageOption,
  languageToggle,
  layoutShifts,
  localeChunkMap,
  recordLayoutShifts,
  waitUntilStored,
} from './i18n-support.ts';
import { expectNoAxeViolations, newPhoneContext, waitForServiceWorker } from './support.ts';

const baseUrl = inject('baseUrl');
const seedPartners: { id: string; name: string; kind: string }[] = JSON.parse(
  readFileSync('server/seed/partners.json', 'utf8'),
).partners;
const locale = (language: string, namespace: string) =>
  JSON.parse(readFileSync(`web/src/i18n/locales/${language}/${namespace}.json`, 'utf8'));
const title = (language: string) => locale(language, 'partners').title as string;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function openList(page: Page, path = '/partners') {
  await page.goto(baseUrl + path);
  await expect
    .poll(() => page.locator('[data-testid=partner-list] li').count(), { timeout: 15_000 })
    .toBe(seedPartners.length);
}

describe('first visit follows the browser languages', () => {
  it.each([
    ['tr-TR', 'tr', 'ltr'],
    ['fa-IR', 'fa', 'rtl'],
    ['sr-RS', 'de', 'ltr'],
  ])('browser language %s → %s (%s)', async (browserLocale, language, dir) => {
    const context = await newPhoneContext(browser, browserLocale);
    const page = await context.newPage();
    try {
      await openList(page);
      await expect.poll(() => page.locator('h1').textContent()).toBe(title(language));
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      expect(await page.locator('html').getAttribute('dir')).toBe(dir);
    } finally {
      await context.close();
    }
  });
});

describe('language menu', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newPhoneContext(browser);
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it('is two taps away on every screen and shows each language in its own name', async () => {
    await openList(page);
    for (const path of ['/', `/partners/${seedPartners[0]!.id}`, '/no-such-page']) {
      await page.goto(baseUrl + path);
      await chooseLanguage(page, 'Türkçe');
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('tr');
      await chooseLanguage(page, 'Deutsch');
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('de');
    }
    await languageToggle(page).click();
    for (const name of ['Deutsch', 'Einfache Sprache', 'English', 'Türkçe', 'العربية', 'فارسی', 'Русский']) {
      await expect(languageOption(page, name).count(), name).resolves.toBe(1);
    }
    // Each name is marked with its language; the German interface names the language, too.
    expect(await page.locator('bdi[lang="uk"]').textContent()).toBe('Українська');
    await expect(languageOption(page, 'Українська').textContent()).resolves.toContain('Ukrainisch');
    await expectNoAxeViolations(page, 'language menu open (de)');
    await page.keyboard.press('Escape');
    expect(await languageToggle(page).getAttribute('aria-expanded')).toBe('false');
  });

  it('works by keyboard: Enter opens, arrows move, Enter chooses, focus returns to the button', async () => {
    await languageToggle(page).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Deutsch');
    await page.keyboard.press('ArrowDown'); // Einfache Sprache
    await page.keyboard.press('ArrowDown'); // English
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
    await page.keyboard.press('Enter');
    await page.keyboard.press('End'); // Български
    await page.keyboard.press('Home'); // Deutsch
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('de');
    // Tabbing past the panel's last control closes it.
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.press('Tab'); // "Alle Sprachen speichern"
    await page.keyboard.press('Tab'); // out of the panel
    expect(await languageToggle(page).getAttribute('aria-expanded')).toBe('false');
  });

  it('plain German covers the public screens and falls back to German for the rest', async () => {
    await openList(page);
    await chooseLanguage(page, 'Einfache Sprache');
    await expect.poll(() => page.locator('h1').textContent()).toBe(title('de-x-einfach'));
    expect(await page.locator('html').getAttribute('lang')).toBe('de-x-einfach');
    await expectNoAxeViolations(page, 'partner list (plain German)');
    await chooseLanguage(page, 'Deutsch');
  });
});

describe('switching offline', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await newPhoneContext(browser);
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it('switches to Arabic offline after one use, without reload or layout shift, and back', async () => {
    await openList(page);
    await chooseLanguage(page, 'العربية'); // used once, online
    await expect.poll(() => page.locator('h1').textContent()).toBe(title('ar'));
    await chooseLanguage(page, 'Deutsch');
    await waitForServiceWorker(page);
    await waitUntilStored(page, 'ar');

    await context.setOffline(true);
    await openList(page);
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await recordLayoutShifts(page);
    const started = Date.now();
    await chooseLanguage(page, 'العربية');
    await expect.poll(() => page.locator('h1').textContent()).toBe(title('ar'));
    const switchMs = Date.now() - started;
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    await page.waitForTimeout(1000);
    const shifts = await layoutShifts(page);
    console.log(
      `e2e: offline switch to Arabic ${switchMs} ms (incl. two taps); CLS ${shifts.cls.toFixed(4)}, all shifts ${shifts.all.toFixed(4)}`,
    );
    expect(shifts.cls).toBeLessThanOrEqual(0.02);
    expect(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true);

    // Translated shell and categories; German partner content stays marked as German.
    const kind = locale('ar', 'common').kinds[seedPartners[0]!.kind] as string;
    await expect(page.getByRole('heading', { name: kind }).count()).resolves.toBe(1);
    await expect(page.locator('.card-title bdi[lang="de"]').count()).resolves.toBe(seedPartners.length);
    mkdirSync('docs/screenshots', { recursive: true });
    await page.screenshot({ path: 'docs/screenshots/partners-ar.png' });
    await expectNoAxeViolations(page, 'partner list (ar, offline)');

    const partner = seedPartners.find((p) => p.id === 'stadt-juelich')!;
    await page.getByRole('link', { name: partner.name }).click();
    await expect.poll(() => page.locator('[data-testid=measure]').count()).toBeGreaterThan(0);
    expect(await page.locator('h1 bdi[lang="de"]').textContent()).toBe(partner.name);
    const category = locale('ar', 'common').categories['1'].short as string;
    await expect(page.getByText(category).count()).resolves.toBeGreaterThan(0);
    // The back chevron points right on a right-to-left screen.
    expect(await page.locator('[data-icon=back]').evaluate((icon) => getComputedStyle(icon).transform)).toBe(
      'matrix(-1, 0, 0, 1, 0, 0)',
    );
    await page.screenshot({ path: 'docs/screenshots/partner-ar.png' });
    await expectNoAxeViolations(page, 'partner detail (ar, offline)');
    await languageToggle(page).click();
    await expectNoAxeViolations(page, 'language menu (ar, offline)');
    await page.keyboard.press('Escape');

    await chooseLanguage(page, 'Deutsch');
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('h1').textContent()).toBe(partner.name);
    expect(await page.locator('[data-icon=back]').evaluate((icon) => getComputedStyle(icon).transform)).toBe(
      'none',
    );
  });

  it('says so when a language is not on the device yet, and keeps the current one', async () => {
    await languageToggle(page).click();
    const bulgarian = languageOption(page, 'Български');
    await expect(bulgarian.textContent()).resolves.toContain(locale('de', 'common').language.notStored);
    await bulgarian.click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe(locale('de', 'common').language.unavailable);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await page.keyboard.press('Escape');
  });

  it('stores all languages on request, so that any of them works offline', async () => {
    await context.setOffline(false);
    await openList(page);
    await languageToggle(page).click();
    await page.getByRole('button', { name: locale('de', 'common').language.offline.action }).click();
    // About 320 kB (every namespace and the holiday texts of ten languages): give it time on a busy machine.
    await expect
      .poll(
        () =>
          page
            .getByRole('status')
            .filter({ hasText: locale('de', 'common').language.offline.done })
            .count(),
        { timeout: 30_000 },
      )
      .toBe(1);
    await page.keyboard.press('Escape');
    for (const language of ['bg', 'ro', 'fa']) {
      expect(Object.keys((await localeChunkMap(page))[language] ?? {})).toContain('holidays');
      await waitUntilStored(page, language);
    }

    await context.setOffline(true);
    await openList(page);
    for (const [name, language] of [
      ['Български', 'bg'],
      ['Română', 'ro'],
      ['فارسی', 'fa'],
      ['Deutsch', 'de'],
    ] as const) {
      await chooseLanguage(page, name);
      await expect.poll(() => page.locator('h1').textContent()).toBe(title(language));
    }
    await context.setOffline(false);
  });
});
