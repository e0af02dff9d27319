import { rm } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../server/test-support/users.ts';
import { launchChromium } from '../tools/chromium.ts';
import { prepareDataDir } from '../tools/prepared-data-dir.ts';
import { startServer, type RunningServer } from '../tools/start-server.ts';
import { expectNoAxeViolations, newPhoneContext, readIndexedDb, waitForServiceWorker } from './support.ts';

// Its own server: two officers of one partner exist before it starts (accounts cannot be made
// in a running PGlite server's directory from outside).
const PARTNER = 'stadt-juelich';
let server: RunningServer;
let dataDir: string;
let officers: TestUser[];
let browser: Browser;
let phone: BrowserContext;
let page: Page;

beforeAll(async () => {
  ({ dataDir, users: officers } = await prepareDataDir([
    { role: 'officer', partnerId: PARTNER },
    { role: 'officer', partnerId: PARTNER },
  ]));
  server = await startServer({ DATA_DIR: dataDir });
  browser = await launchChromium();
  phone = await newPhoneContext(browser);
  page = await phone.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function signIn(target: Page, user: TestUser, next: string) {
  await target.goto(`${server.baseUrl}/login?next=${encodeURIComponent(next)}`);
  await target.getByLabel('E-Mail-Adresse').fill(user.email);
  await target.getByLabel('Passwort').fill(user.password);
  await target.getByRole('button', { name: 'Anmelden' }).click();
  await target.waitForURL(`**${next}`);
}

async function logEntry(title: string, category: string) {
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Tätigkeitsschwerpunkt').selectOption(category);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Gespeichert' }).count()).toBe(1);
  await expect.poll(() => page.getByLabel('Titel').inputValue()).toBe('');
}

const entries = () => page.locator('[data-testid=entry]');
const pendingText = () => page.locator('[data-testid=activity-sync]').textContent();

describe('activity entries offline, in real Chromium at a phone viewport', () => {
  it('logs, edits and deletes entries offline, keeps them over a reload, and syncs them when online', async () => {
    await signIn(page, officers[0]!, '/activities/new');
    await waitForServiceWorker(page);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Aktivität erfassen');
    await expectNoAxeViolations(page, 'quick entry (de)');
    await page.getByText('Details hinzufügen').click();
    await page.screenshot({ path: 'docs/screenshots/activity-quick-entry.png', fullPage: true });
    await expectNoAxeViolations(page, 'quick entry with details (de)');
    await page.getByText('Details hinzufügen').click();

    await phone.setOffline(true);
    await logEntry('Infostand beim Fest der Kulturen', '3');
    await logEntry('Fortbildung Interkulturelle Kompetenz', '2');
    await logEntry('Netzwerktreffen Integrationsrat', '5');
    expect(await page.getByRole('status').filter({ hasText: 'sobald eine Verbindung besteht' }).count()).toBe(
      1,
    );

    await page.getByRole('link', { name: 'Alle Einträge' }).click();
    await expect.poll(() => entries().count()).toBe(3);
    expect(await page.locator('[data-sync=pending]').count()).toBe(3);
    await expectNoAxeViolations(page, 'my entries offline (de)');
    await page.screenshot({ path: 'docs/screenshots/activities-offline.png', fullPage: true });

    await page.getByRole('link', { name: '„Fortbildung Interkulturelle Kompetenz“ bearbeiten' }).click();
    await page.getByLabel('Titel').fill('Fortbildung Interkulturelle Kompetenz (Modul 1)');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => entries().count()).toBe(3);

    await page.getByRole('button', { name: '„Netzwerktreffen Integrationsrat“ löschen' }).click();
    await expect.poll(() => entries().count()).toBe(2);
    expect(await page.getByRole('button', { name: 'Rückgängig' }).count()).toBe(1);

    await page.reload();
    await expect.poll(() => entries().count()).toBe(2);
    expect(await page.locator('[data-sync=pending]').count()).toBe(2);
    expect(await page.getByText('Fortbildung Interkulturelle Kompetenz (Modul 1)').count()).toBe(1);
    await expect.poll(pendingText).toContain('2 Einträge warten auf Senden');
    expect((await readIndexedDb<{ kind: string }>(page, 'outbox')).map((op) => op.kind)).toEqual([
      'upsert',
      'upsert',
    ]);

    await phone.setOffline(false);
    await expect.poll(() => page.locator('[data-sync=synced]').count(), { timeout: 20_000 }).toBe(2);
    await expect.poll(pendingText).toContain('Alle Einträge gesendet');
    expect(await readIndexedDb(page, 'outbox')).toEqual([]);
  });

  it('shows the synced entries to another officer of the same partner in a second browser', async () => {
    const other = await newPhoneContext(browser);
    try {
      const second = await other.newPage();
      await signIn(second, officers[1]!, '/activities');
      const list = second.locator('[data-testid=entry] h2');
      await expect
        .poll(async () => (await list.allTextContents()).sort(), { timeout: 20_000 })
        .toEqual(['Fortbildung Interkulturelle Kompetenz (Modul 1)', 'Infostand beim Fest der Kulturen']);
    } finally {
      await other.close();
    }
  });
});
