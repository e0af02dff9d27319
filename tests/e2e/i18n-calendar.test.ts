import { existsSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { computeHolidays, faithName, holidayText, type HolidayKey } from '../../shared/calendar/index.ts';
import { launchChromium } from '../tools/chromium.ts';
import { chooseLanguage, localeChunkMap, waitUntilStored } from './i18n-support.ts';
import { expectNoAxeViolations, newPhoneContext, waitForServiceWorker } from './support.ts';

// The calendar's holiday texts follow the interface language: the translators' file
// (shared/calendar/texts/locales/ar.json, read here at test time) is one lazy locale chunk, stored for
// offline use like the interface strings, and registered before the screen switches language.

const baseUrl = inject('baseUrl');
const AR_FILE = 'shared/calendar/texts/locales/ar.json';
const hasArabic = existsSync(AR_FILE);
if (!hasArabic) {
  console.warn(
    `e2e: ${AR_FILE} does not exist yet (the translators' branch is not merged) — skipping the Arabic calendar test.`,
  );
}
interface HolidayTexts {
  faiths: Record<string, string>;
  holidays: Record<string, { name: string; greeting: string }>;
}
const arabic: HolidayTexts = hasArabic
  ? JSON.parse(readFileSync(AR_FILE, 'utf8'))
  : { faiths: {}, holidays: {} };

const year = new Date().getFullYear();
const expectedNames = (texts: HolidayTexts | null) =>
  computeHolidays(year).map(
    (holiday) => texts?.holidays[holiday.holidayKey]?.name ?? holidayText(holiday.holidayKey, 'de')!.name,
  );

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  context = await newPhoneContext(browser);
  page = await context.newPage();
});
afterAll(() => browser?.close());

const names = () => page.locator('[data-testid=holiday] .holiday-name').allTextContents();

describe.skipIf(!hasArabic)('calendar in Arabic, offline', () => {
  it('shows the Arabic holiday names after switching offline, with no German names in between', async () => {
    await page.goto(baseUrl + '/');
    await waitForServiceWorker(page);
    await page.goto(`${baseUrl}/calendar?year=${year}`);
    await expect.poll(names, { timeout: 15_000 }).toEqual(expectedNames(null));
    // Used once, online: the holiday texts are a locale chunk of their own and stored with the language.
    await chooseLanguage(page, 'العربية');
    await expect.poll(names).toEqual(expectedNames(arabic));
    expect(Object.keys((await localeChunkMap(page)).ar ?? {})).toContain('holidays');
    await chooseLanguage(page, 'Deutsch');
    await expect.poll(names).toEqual(expectedNames(null));
    await waitUntilStored(page, 'ar');

    await context.setOffline(true);
    await page.goto(`${baseUrl}/calendar?year=${year}`);
    await expect.poll(names, { timeout: 15_000 }).toEqual(expectedNames(null));
    // Every render of the list in Arabic (its month headings come from Intl in the new language) must
    // already show the Arabic names: no German name flashes up first.
    await page.evaluate((germanOnly: string[]) => {
      const seen: string[] = [];
      (window as unknown as { __germanWhileArabic: string[] }).__germanWhileArabic = seen;
      const check = () => {
        const heading = document.querySelector('[data-testid=agenda] h2')?.textContent ?? '';
        if (!/[\u0600-\u06FF]/.test(heading)) return;
        for (const element of document.querySelectorAll('[data-testid=holiday] .holiday-name')) {
          if (germanOnly.includes(element.textContent ?? '')) seen.push(element.textContent ?? '');
        }
      };
      new MutationObserver(check).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    }, germanNamesWithArabicTranslation());
    await chooseLanguage(page, 'العربية');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ar');
    await expect.poll(names).toEqual(expectedNames(arabic));
    expect(
      await page.evaluate(() => (window as unknown as { __germanWhileArabic: string[] }).__germanWhileArabic),
    ).toEqual([]);
    await expectNoAxeViolations(page, 'calendar (ar, offline)');

    // The holiday's page: name, communities and greeting from the Arabic file.
    const key = (['eid-al-fitr', 'easter'] as HolidayKey[]).find((k) => arabic.holidays[k]) ?? null;
    if (key) {
      const holiday = computeHolidays(year).find((entry) => entry.holidayKey === key)!;
      await page.getByRole('link', { name: arabic.holidays[key]!.name, exact: true }).first().click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(arabic.holidays[key]!.name);
      expect(await page.getByTestId('greeting').textContent()).toBe(arabic.holidays[key]!.greeting);
      const faiths = holiday.faiths.map((faith) => arabic.faiths[faith] ?? faithName(faith, 'de'));
      const list = new Intl.ListFormat('ar-u-nu-latn', { type: 'conjunction', style: 'long' }).format(faiths);
      await expect(page.getByText(list, { exact: true }).count()).resolves.toBeGreaterThan(0);
      await expectNoAxeViolations(page, 'holiday detail (ar, offline)');
      await chooseLanguage(page, 'Deutsch');
      await expect.poll(() => page.locator('h1').textContent()).toBe(holidayText(key, 'de').name);
    } else {
      await chooseLanguage(page, 'Deutsch');
      await expect.poll(names).toEqual(expectedNames(null));
    }
    await context.setOffline(false);
  });
});

/** German names of the holidays the Arabic file translates (a German name there would be a flash). */
function germanNamesWithArabicTranslation(): string[] {
  return computeHolidays(year)
    .filter((holiday) => arabic.holidays[holiday.holidayKey])
    .map((holiday) => holidayText(holiday.holidayKey, 'de')!.name)
    .filter((name) => !Object.values(arabic.holidays).some((text) => text.name === name));
}
