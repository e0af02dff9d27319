import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, launchPersistentChromium } from '../tools/chromium.ts';
import { chooseLanguage } from './i18n-support.ts';
import {
  expectNoAxeViolations,
  newPhoneContext,
  PHONE,
  readIndexedDb,
  waitForServiceWorker,
} from './support.ts';

const seedPartners: { id: string; name: string }[] = JSON.parse(
  readFileSync('server/seed/partners.json', 'utf8'),
).partners;
const seedMeasures: { partnerId: string }[] = JSON.parse(readFileSync('server/seed/measures.json', 'utf8'));

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  console.log(`e2e: Chromium ${browser.version()} (headless, 360×780 phone viewport)`);
  context = await newPhoneContext(browser);
  page = await context.newPage();
});
afterAll(() => browser?.close());

describe('foundation in real Chromium at a phone viewport', () => {
  it('loads all seed partners on the first visit, grouped by kind', async () => {
    await page.goto(baseUrl + '/partners');
    await expect
      .poll(() => page.locator('[data-testid=partner-list] li').count(), { timeout: 15_000 })
      .toBe(seedPartners.length);
    await expect.poll(async () => (await readIndexedDb(page, 'measures')).length).toBe(seedMeasures.length);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    mkdirSync('docs/screenshots', { recursive: true });
    await page.screenshot({ path: 'docs/screenshots/partners.png' });
    await expectNoAxeViolations(page, 'partner list (de)');
  });

  it('shows the partner list and a partner’s measures offline after a reload', async () => {
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.locator('[data-testid=partner-list] li').count()).toBe(seedPartners.length);
    await expect(page.getByText('Offline', { exact: true }).count()).resolves.toBeGreaterThan(0);

    const partner = seedPartners.find((p) => p.id === 'stadt-juelich')!;
    await page.getByRole('link', { name: partner.name }).click();
    const expected = seedMeasures.filter((m) => m.partnerId === partner.id).length;
    await expect.poll(() => page.locator('[data-testid=measure]').count()).toBe(expected);
    expect(await page.locator('h1').textContent()).toBe(partner.name);
    await page.screenshot({ path: 'docs/screenshots/partner-offline.png' });
    await expectNoAxeViolations(page, 'partner detail offline (de)');

    // A deep link, reloaded offline, opens the same screen; the back button returns to the list.
    await page.reload();
    await expect.poll(() => page.locator('[data-testid=measure]').count()).toBe(expected);
    await page.goBack();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Partnerorganisationen');
    await context.setOffline(false);
  });

  it('is installable: Chrome reports no installability errors', async () => {
    const profile = await launchPersistentChromium({ viewport: PHONE, isMobile: true, hasTouch: true });
    try {
      const installPage = profile.pages()[0] ?? (await profile.newPage());
      await installPage.goto(baseUrl + '/');
      await waitForServiceWorker(installPage);
      const cdp = await profile.newCDPSession(installPage);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
    } finally {
      await profile.close();
    }
  });

  it('switches the interface to English and sets <html lang>', async () => {
    await page.goto(baseUrl + '/partners');
    await chooseLanguage(page, 'English');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Partner organisations');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectNoAxeViolations(page, 'partner list (en)');
    // The choice persists on the device.
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Partner organisations');
    await chooseLanguage(page, 'Deutsch');
  });
});
