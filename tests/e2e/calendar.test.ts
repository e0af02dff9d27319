import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { computeHolidays, holidayText, type CalendarOverride } from '../../shared/calendar/index.ts';
import { launchChromium } from '../tools/chromium.ts';
import { expectNoAxeViolations, newPhoneContext, waitForServiceWorker } from './support.ts';

const baseUrl = inject('baseUrl');
const nextYear = new Date().getFullYear() + 1;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const policyViolations: string[] = [];

const holidays = () => page.locator('[data-testid=holiday]');

beforeAll(async () => {
  browser = await launchChromium();
  context = await newPhoneContext(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted Type/i.test(message.text())) policyViolations.push(message.text());
  });
  // The first visit installs the service worker, which precaches the app shell and the calendar chunk.
  await page.goto(baseUrl + '/');
  await waitForServiceWorker(page);
});
afterAll(() => browser?.close());

describe('interreligious calendar offline, at a phone viewport', () => {
  it('opens the calendar for next year with the network off, computed on the device', async () => {
    await context.setOffline(true);
    await page.goto(`${baseUrl}/calendar?year=${nextYear}`);
    const expected = computeHolidays(nextYear);
    await expect.poll(() => holidays().count(), { timeout: 15_000 }).toBe(expected.length);
    expect(await page.locator('h1').textContent()).toBe('Interreligiöser Kalender');
    expect(await page.getByText('Offline', { exact: true }).count()).toBeGreaterThan(0);
    const easter = expected.find((holiday) => holiday.holidayKey === 'easter')!;
    await expect(
      page.getByRole('link', { name: holidayText('easter', 'de').name, exact: true }).count(),
    ).resolves.toBe(1);
    expect(
      await page.locator(`[data-testid=holiday] time[datetime="${easter.date}"]`).count(),
    ).toBeGreaterThan(0);
    await page.screenshot({ path: 'docs/screenshots/calendar-agenda.png' });
    await expectNoAxeViolations(page, 'calendar agenda (offline)');
  });

  it('filters to one faith, remembers it across a reload, and shows the month grid', async () => {
    await page.locator('[data-testid=faith-filter] summary').click();
    await page.getByRole('button', { name: 'Keine', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'keine Glaubensgemeinschaft' }).count())
      .toBe(1);
    await page.getByRole('checkbox', { name: 'Jüdisch' }).check();
    const jewish = computeHolidays(nextYear, { faiths: ['jewish'] });
    await expect.poll(() => holidays().count()).toBe(jewish.length);
    const faiths = await holidays().evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-faiths')),
    );
    expect(faiths.every((value) => value?.split(' ').includes('jewish'))).toBe(true);
    await expectNoAxeViolations(page, 'calendar with the faith filter open');

    await page.reload();
    await expect.poll(() => holidays().count()).toBe(jewish.length);
    expect(await page.locator('[data-testid=faith-filter] summary').textContent()).toContain('1 von 15');

    const pesach = jewish.find((holiday) => holiday.holidayKey === 'pesach')!;
    await page.getByRole('button', { name: 'Monat', exact: true }).click();
    const [, month] = pesach.date.split('-');
    await page.goto(`${baseUrl}/calendar?year=${nextYear}&month=${Number(month)}`);
    await expect.poll(() => page.locator('[data-testid=month-view]').count()).toBe(1);
    const day = page.locator('[data-testid=day-with-holiday]', {
      hasText: String(Number(pesach.date.slice(8))),
    });
    await day.first().click();
    await expect.poll(() => page.locator('.month-list-heading h3').textContent()).toMatch(/^Am /);
    expect(await holidays().allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining(holidayText('pesach', 'de').name)]),
    );
    await page.screenshot({ path: 'docs/screenshots/calendar-month.png' });
    await expectNoAxeViolations(page, 'calendar month view');
  });

  it('opens a holiday’s page by its deep link with its own calendar date, notes and greeting', async () => {
    const pesach = computeHolidays(nextYear).find((holiday) => holiday.holidayKey === 'pesach')!;
    await page
      .getByRole('link', { name: holidayText('pesach', 'de').name, exact: true })
      .first()
      .click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(holidayText('pesach', 'de').name);
    expect(new URL(page.url()).pathname).toBe(`/calendar/${pesach.id}`);
    expect(await page.getByTestId('native-date').textContent()).toContain(pesach.nativeDate!.label);
    expect(await page.getByTestId('holiday-notes').textContent()).toContain('Beginnt am Vorabend');
    expect(await page.getByTestId('greeting').textContent()).toBe(holidayText('pesach', 'de').greeting);
    await page.getByRole('button', { name: 'Gruß kopieren' }).click();
    await expect.poll(() => page.getByText('Gruß kopiert.').count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      holidayText('pesach', 'de').greeting,
    );
    await page.screenshot({ path: 'docs/screenshots/calendar-detail.png', fullPage: true });
    await expectNoAxeViolations(page, 'holiday detail (offline)');

    // Reloaded offline, the deep link opens the same page; an approximate Islamic date says why.
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe(holidayText('pesach', 'de').name);
    const eid = computeHolidays(nextYear).find((holiday) => holiday.holidayKey === 'eid-al-fitr')!;
    await page.goto(`${baseUrl}/calendar/${eid.id}`);
    await expect.poll(() => page.getByTestId('holiday-notes').textContent()).toContain('Mondsichtung');
  });

  it('downloads "add this holiday" as an .ics built on the device, offline', async () => {
    const eid = computeHolidays(nextYear).find((holiday) => holiday.holidayKey === 'eid-al-fitr')!;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('add-to-calendar').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${eid.id}.ics`);
    const text = await readFile((await download.path())!, 'utf8');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(holidayText('eid-al-fitr', 'de').name);
    expect(event.startDate.toString()).toBe(eid.date);
    expect(event.uid).toBe(`${eid.id}@vielfalt.nrw`);
  });

  it('clamps a year outside 2000–2100 and says why', async () => {
    await page.goto(`${baseUrl}/calendar?year=1990`);
    await expect.poll(() => page.getByText('angezeigt wird deshalb 2000').count()).toBe(1);
    const year = page.getByRole('spinbutton', { name: 'Jahr' });
    expect(await year.inputValue()).toBe('2000');
    await year.fill('2150');
    await year.press('Enter');
    await expect.poll(() => year.inputValue()).toBe('2100');
    expect(await page.getByText('angezeigt wird deshalb 2100').count()).toBe(1);
    expect(await page.getByRole('button', { name: /Nächstes Jahr/ }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page, 'calendar at the end of its range');
  });

  it('shows an admin’s correction stored on the device with its source', async () => {
    const eid = computeHolidays(nextYear).find((holiday) => holiday.holidayKey === 'eid-al-fitr')!;
    const shifted = new Date(Date.parse(eid.date) + 86_400_000).toISOString().slice(0, 10);
    const override: CalendarOverride = {
      id: 'fix-e2e',
      holidayId: eid.id,
      year: nextYear,
      faith: 'muslim',
      date: shifted,
      end: null,
      name: {},
      description: {},
      sourceText: 'Koordinationsrat der Muslime',
      sourceUrl: 'https://example.org/eid',
      approximate: false,
      version: 1,
      updatedAt: new Date().toISOString(),
    };
    // As the pull would store it (the server side of overrides is tested over HTTP).
    await page.evaluate(
      (record) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('vielfalt-nrw');
          open.onsuccess = () => {
            const tx = open.result.transaction('calendar', 'readwrite');
            tx.objectStore('calendar').put(record);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      override,
    );
    await page.goto(`${baseUrl}/calendar/${eid.id}`);
    await expect
      .poll(() => page.getByTestId('override-note').textContent())
      .toContain('Koordinationsrat der Muslime');
    expect(await page.getByTestId('holiday-date').locator('time').getAttribute('datetime')).toBe(shifted);
    expect(await page.getByText('Datum ungefähr').count()).toBe(0);
    await expectNoAxeViolations(page, 'holiday with an admin correction');
    await context.setOffline(false);
  });

  it('breaks no rule of the Content-Security-Policy on any calendar screen', () => {
    expect(policyViolations).toEqual([]);
  });
});
