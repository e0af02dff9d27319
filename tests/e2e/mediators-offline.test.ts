import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../tools/chromium.ts';
import { adminCookie, apiPost, createAccount, signInApi } from './accounts.ts';
import { expectNoAxeViolations, newPhoneContext, readIndexedDb, waitForServiceWorker } from './support.ts';

/**
 * Issue 5 in a real browser: a staff member signs in, looks up an Arabic mediator offline and can
 * call; signing out — or the server ending the session — removes every contact from the device.
 */
const baseUrl = inject('baseUrl');
const POOL = 'kreis-lippe-laiensprachmittlerpool';
const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">Beispiel (fiktiv)';
let browser: Browser;
let context: BrowserContext;
let page: Page;
let staff: { email: string; password: string; displayName: string };
const cspViolations: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  context = await newPhoneContext(browser);
  page = await context.newPage();
  page.on('console', (message) => {
    if (/Content.Security.Policy|Trusted.?Type/i.test(message.text())) cspViolations.push(message.text());
  });
  staff = await createAccount('staff', 'jobcenter-dortmund');
  // A contact whose name is an HTML payload: it must show as text, never as markup.
  const created = await apiPost(
    `/api/pools/${POOL}/mediators`,
    {
      name: HOSTILE_NAME,
      languages: [{ code: 'ar', level: 'basic' }],
      otherLanguages: '',
      modes: ['phone'],
      availability: [],
      region: null,
      area: '',
      phone: '0221 4710 099',
      email: null,
      notes: '',
      active: true,
    },
    await adminCookie(),
  );
  expect(created.status).toBe(201);
});
afterAll(() => browser?.close());

async function signInInBrowser(email: string, password: string) {
  await page.goto(baseUrl + '/login');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/account');
}

const contactCards = () => page.locator('[data-testid=contact]');

describe('language mediators for signed-in staff, offline', () => {
  it('signs in on the sign-in screen (axe-clean) and reports a wrong password translated', async () => {
    await page.goto(baseUrl + '/login');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Anmelden');
    await expectNoAxeViolations(page, 'sign-in screen');
    await page.getByLabel('E-Mail-Adresse').fill(staff.email);
    await page.getByLabel('Passwort').fill('falsches Passwort');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('E-Mail-Adresse oder Passwort ist falsch');
    await expectNoAxeViolations(page, 'sign-in screen with an error');

    await signInInBrowser(staff.email, staff.password);
    await expect.poll(() => page.getByText(staff.displayName).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'account screen');
  });

  it('looks up an Arabic mediator: contacts with call links, available now first', async () => {
    await page.getByRole('link', { name: 'Sprachmittlung' }).click();
    await page.getByLabel('Ich brauche Sprachmittlung für').selectOption('ar');
    await expect.poll(() => contactCards().count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.locator('[data-testid=contact] a[href^="tel:"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-testid=pool]').count()).toBeGreaterThan(0);
    // The HTML payload is text on the screen, and nothing of it ran.
    await expect.poll(() => page.getByText(HOSTILE_NAME).count()).toBe(1);
    expect(await page.locator('[data-testid=contact] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expectNoAxeViolations(page, 'mediator lookup (ar)');
  });

  it('works offline after a reload: contacts and the call link are there', async () => {
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => contactCards().count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    const tel = await page.locator('[data-testid=contact] a[href^="tel:"]').first().getAttribute('href');
    expect(tel).toMatch(/^tel:\+?\d+$/);
    mkdirSync('docs/screenshots', { recursive: true });
    await page.screenshot({ path: 'docs/screenshots/mediators-offline.png' });
    await context.setOffline(false);
  });

  it('signing out removes every contact from IndexedDB', async () => {
    expect((await readIndexedDb(page, 'mediators')).length).toBeGreaterThan(0);
    await page.goto(baseUrl + '/account');
    await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await expect.poll(async () => (await readIndexedDb(page, 'mediators')).length).toBe(0);
    await page.goto(baseUrl + '/mediators?lang=ar');
    await expect.poll(() => page.locator('[data-testid=pool]').count()).toBeGreaterThan(0);
    expect(await contactCards().count()).toBe(0);
    expect(await page.getByText('Die einzelnen Kontakte sehen nur angemeldete').count()).toBe(1);
  });

  it('when the server ends the session, the device wipes the contacts at the next contact', async () => {
    await signInInBrowser(staff.email, staff.password);
    await page.goto(baseUrl + '/mediators?lang=ar');
    await expect.poll(() => contactCards().count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    // Signed out everywhere from another device:
    const elsewhere = await signInApi(staff.email, staff.password);
    expect((await apiPost('/api/auth/logout-all', {}, elsewhere)).status).toBe(204);
    await page.reload();
    await expect
      .poll(async () => (await readIndexedDb(page, 'mediators')).length, { timeout: 15_000 })
      .toBe(0);
    await page.goto(baseUrl + '/login');
    await expect.poll(() => page.getByText('Ihre Sitzung ist abgelaufen').count()).toBe(1);
  });

  it('reported no Content-Security-Policy or Trusted Types violation', () => {
    expect(cspViolations).toEqual([]);
  });
});
