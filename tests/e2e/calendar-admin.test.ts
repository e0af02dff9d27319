import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeHolidays, holidayText } from '../../shared/calendar/index.ts';
import { launchChromium } from '../tools/chromium.ts';
import { startServer, type RunningServer } from '../tools/start-server.ts';
import { expectNoAxeViolations, newPhoneContext } from './support.ts';

/**
 * An admin corrects a holiday and adds an entry of their own in the app; a second (public) device gets
 * both through the `calendar` pull. This suite runs its own server, so that its first-start setup link
 * (used here to create the admin) is not the one the shared e2e server hands to the accounts tests.
 */
const year = new Date().getFullYear() + 1;
const eid = computeHolidays(year).find((holiday) => holiday.holidayKey === 'eid-al-fitr')!;
const corrected = new Date(Date.parse(eid.date) - 86_400_000).toISOString().slice(0, 10);

let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  admin = await newPhoneContext(browser);
  page = await admin.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(server.baseUrl + '/');
  const token = server.setupLink!.split('#')[1]!;
  const status = await page.evaluate(async (setupToken) => {
    const response = await fetch('/api/auth/setup', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        token: setupToken,
        email: 'admin@example.test',
        displayName: 'Ministerium',
        password: 'a long enough password',
      }),
    });
    return response.status;
  }, token);
  expect(status).toBe(201);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('calendar administration', () => {
  it('lets an admin correct a holiday’s date with its source', async () => {
    await page.goto(`${server.baseUrl}/calendar/${eid.id}`);
    await page.getByTestId('admin-panel').locator('summary').click();
    const form = page.getByTestId('override-form');
    await form.getByLabel('Datum (erster Tag)').fill(corrected);
    await form.getByLabel('Letzter Tag (optional)').fill('');
    await form.getByRole('button', { name: 'Korrektur speichern' }).click();
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toBe('Bitte prüfen Sie die markierten Felder.');
    expect(await form.getByText('Bitte ausfüllen.').count()).toBe(1);
    await expectNoAxeViolations(page, 'correction form with an error');

    await form.getByLabel('Quelle', { exact: true }).fill('Koordinationsrat der Muslime, Erklärung');
    await form.getByLabel('Link zur Quelle (optional)').fill('https://example.org/krm');
    await form.getByRole('button', { name: 'Korrektur speichern' }).click();
    await expect
      .poll(() => page.getByTestId('override-note').textContent())
      .toContain('Koordinationsrat der Muslime');
    expect(await page.getByTestId('holiday-date').locator('time').getAttribute('datetime')).toBe(corrected);
    expect(await form.getByRole('status').textContent()).toContain('Gespeichert');
  });

  it('lets an admin add an entry of their own', async () => {
    await page.goto(`${server.baseUrl}/calendar`);
    await page.getByRole('link', { name: 'Eigenen Eintrag anlegen' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Eigenen Kalendereintrag anlegen');
    const form = page.getByTestId('override-form');
    await form.getByLabel('Gemeinschaft').selectOption('secular');
    await form.getByLabel('Name (Deutsch)').fill('Lange Nacht der Religionen');
    await form.getByLabel('Datum (erster Tag)').fill(`${year}-09-17`);
    await form.getByLabel('Quelle', { exact: true }).fill('Veranstalter, Programm');
    await expectNoAxeViolations(page, 'new own entry form');
    await form.getByRole('button', { name: 'Eintrag anlegen' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Lange Nacht der Religionen');
    expect(new URL(page.url()).pathname).toMatch(/^\/calendar\/custom-/);
  });

  it('brings both to a public device through the calendar pull', async () => {
    const visitor = await newPhoneContext(browser, 'en-GB');
    try {
      const other = await visitor.newPage();
      await other.goto(`${server.baseUrl}/calendar?year=${year}&month=9`);
      await expect
        .poll(
          async () => (await other.getByRole('link', { name: 'Lange Nacht der Religionen' }).count()) > 0,
          {
            timeout: 15_000,
          },
        )
        .toBe(true);
      await other.goto(`${server.baseUrl}/calendar/${eid.id}`);
      await expect.poll(() => other.locator('h1').textContent()).toBe(holidayText('eid-al-fitr', 'en').name);
      await expect.poll(() => other.getByTestId('override-note').textContent()).toContain('Koordinationsrat');
      expect(await other.getByTestId('admin-panel').count()).toBe(0);
    } finally {
      await visitor.close();
    }
  });

  it('removes the correction again, restoring the computed date', async () => {
    await page.goto(`${server.baseUrl}/calendar/${eid.id}`);
    await page.getByTestId('admin-panel').locator('summary').click();
    await page.getByRole('button', { name: 'Korrektur entfernen' }).click();
    await expect
      .poll(() => page.getByTestId('holiday-date').locator('time').getAttribute('datetime'))
      .toBe(eid.date);
    expect(await page.getByTestId('override-note').count()).toBe(0);
  });
});
