import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../tools/chromium.ts';
import { measuresOf, seedMeasures } from './seed.ts';
import { collectPageErrors, newPhoneContext } from './support.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Changes the running e2e server's catalog through its test-only route (server/routes/test-hooks.ts). */
async function onServer(id: string, body: Record<string, unknown>) {
  const response = await fetch(`${baseUrl}/api/test/measures/${encodeURIComponent(id)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBe(200);
}

/** The connection comes back: the app pulls at once (web/src/app/start-sync.ts). */
async function reconnect() {
  await context.setOffline(true);
  await context.setOffline(false);
}

const target = seedMeasures.find((m) => measuresOf(m.partnerId).length >= 3)!;
const siblings = measuresOf(target.partnerId);

beforeAll(async () => {
  browser = await launchChromium();
  context = await newPhoneContext(browser);
  page = await context.newPage();
});
afterAll(async () => {
  // Leave the shared e2e server's catalog as the other test files expect it.
  await onServer(target.id, { action: 'restore' }).catch(() => undefined);
  await onServer(target.id, { action: 'update', titleDe: target.titleDe }).catch(() => undefined);
  await browser?.close();
});

describe('catalog freshness', () => {
  it('a measure changed on the server appears in the open list after the next pull; a deleted one disappears', async () => {
    const errors = collectPageErrors(page);
    await page.goto(`${baseUrl}/measures?partner=${encodeURIComponent(target.partnerId)}`);
    const rows = page.locator('[data-testid=measure-row]');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(siblings.length);
    // A marker on the window survives only if the page is never reloaded.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

    const changed = `Geändert auf dem Server: ${target.titleDe}`.slice(0, 300);
    await onServer(target.id, { action: 'update', titleDe: changed });
    await reconnect();
    await expect
      .poll(() => page.locator(`[data-id="${target.id}"] .measure-row-title`).textContent(), {
        timeout: 15_000,
      })
      .toBe(changed);

    await onServer(target.id, { action: 'delete' });
    await reconnect();
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(siblings.length - 1);
    expect(await page.locator(`[data-id="${target.id}"]`).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

    // Its detail page now says it is gone, rather than showing stale data.
    await page.goto(`${baseUrl}/measures/${target.id}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Maßnahme nicht gefunden');

    // Restored on the server, it comes back with the next pull.
    await onServer(target.id, { action: 'restore' });
    await onServer(target.id, { action: 'update', titleDe: target.titleDe });
    await reconnect();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe(target.titleDe);
    expect(errors).toEqual([]);
  });
});
