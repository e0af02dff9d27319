import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../tools/chromium.ts';
import { findOverflow, findUntranslatedText, languageToggle } from './i18n-support.ts';
import { newPhoneContext } from './support.ts';

// The main screens under the pseudo-locales (accented + 40 % longer; the same right-to-left):
// nothing may stick out of the 360 px viewport, no text may bypass t(), icons must mirror.
// A feature with a main screen adds it to SCREENS.

const baseUrl = inject('baseUrl');
const seedPartners: { id: string }[] = JSON.parse(readFileSync('server/seed/partners.json', 'utf8')).partners;
const SHOTS = 'test-results/screenshots';
const year = new Date().getFullYear();
/** The calendar's view is a remembered preference: each calendar screen chooses its own. */
const chooseView = (index: number, ready: string) => async (page: Page) => {
  await page.locator('.view-switch button').nth(index).click();
  await page.waitForSelector(ready);
};

interface Screen {
  name: string;
  path: string;
  ready: (page: Page) => Promise<unknown>;
  open?: (page: Page) => Promise<unknown>;
}

const SCREENS: Screen[] = [
  {
    name: 'partner-list',
    path: '/partners',
    ready: (page) => page.waitForSelector('[data-testid=partner-list] li'),
  },
  {
    name: 'partner-detail',
    path: `/partners/${seedPartners.find((p) => p.id === 'stadt-juelich')?.id ?? seedPartners[0]!.id}`,
    ready: (page) => page.waitForSelector('[data-testid=measure]'),
  },
  { name: 'not-found', path: '/no-such-page', ready: (page) => page.waitForSelector('h1') },
  {
    name: 'calendar',
    path: `/calendar?year=${year}`,
    ready: (page) => page.waitForSelector('.view-switch button'),
    open: chooseView(0, '[data-testid=agenda] [data-testid=holiday]'),
  },
  {
    name: 'calendar-month',
    path: `/calendar?year=${year}&month=12`,
    ready: (page) => page.waitForSelector('.view-switch button'),
    open: chooseView(1, '[data-testid=month-view]'),
  },
  {
    name: 'holiday-detail',
    path: `/calendar/easter-${year}`,
    ready: (page) => page.waitForSelector('[data-testid=holiday-detail] h1'),
  },
  {
    name: 'language-menu',
    path: '/partners',
    ready: (page) => page.waitForSelector('[data-testid=partner-list] li'),
    open: (page) => languageToggle(page).click(),
  },
];

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  context = await newPhoneContext(browser);
  page = await context.newPage();
  mkdirSync(SHOTS, { recursive: true });
  // Load the catalog once, so every screen below has content.
  await page.goto(baseUrl + '/partners');
  await page.waitForSelector('[data-testid=partner-list] li', { timeout: 15_000 });
});
afterAll(() => browser?.close());

async function show(screen: Screen, query: string) {
  await page.goto(`${baseUrl}${screen.path}${query}`);
  await screen.ready(page);
  await screen.open?.(page);
}

describe.each([
  { pseudo: 'accented', lang: 'en-XA', dir: 'ltr' },
  { pseudo: 'rtl', lang: 'ar-XB', dir: 'rtl' },
])('pseudo-locale $pseudo', ({ pseudo, lang, dir }) => {
  it.each(SCREENS)('$name: fits 360 px, every string translated', async (screen) => {
    await show(screen, `?pseudo=${pseudo}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('html').getAttribute('dir')).toBe(dir);
    await page.screenshot({ path: `${SHOTS}/pseudo-${pseudo}-${screen.name}.png` });
    expect(await findOverflow(page)).toEqual([]);
    expect(await findUntranslatedText(page)).toEqual([]);
  });
});

describe('real languages at 360 px', () => {
  it.each(['ar', 'fa', 'ru', 'uk', 'bg', 'de-x-einfach'])('%s: no screen overflows', async (language) => {
    await page.evaluate((code) => localStorage.setItem('vielfalt.language', code), language);
    for (const screen of SCREENS) {
      await show(screen, '?pseudo=off');
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      await page.screenshot({ path: `${SHOTS}/${language}-${screen.name}.png` });
      expect(await findOverflow(page), `${language} ${screen.name}`).toEqual([]);
    }
    await page.evaluate(() => localStorage.removeItem('vielfalt.language'));
  });
});

describe('mirroring', () => {
  it('puts the header and the back link at the mirrored side and turns the back icon round', async () => {
    const sides = async (query: string) => {
      await show(SCREENS[1]!, query);
      const brand = await page.locator('.brand').boundingBox();
      const back = await page.locator('[data-icon=back]').boundingBox();
      const transform = await page
        .locator('[data-icon=back]')
        .evaluate((icon) => getComputedStyle(icon).transform);
      // Which half of the 360 px screen each one's centre is in.
      const left = (box: { x: number; width: number } | null) => box!.x + box!.width / 2 < 180;
      return { brandLeft: left(brand), backLeft: left(back), transform };
    };
    expect(await sides('?pseudo=accented')).toEqual({ brandLeft: true, backLeft: true, transform: 'none' });
    expect(await sides('?pseudo=rtl')).toEqual({
      brandLeft: false,
      backLeft: false,
      transform: 'matrix(-1, 0, 0, 1, 0, 0)',
    });
    await page.goto(`${baseUrl}/?pseudo=off`);
  });
});
