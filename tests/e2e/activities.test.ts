import { readFile, rm } from 'node:fs/promises';
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
let second: Page;

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
  await expect
    .poll(() =>
      page
        .getByRole('status')
        .filter({ hasText: /^Gespeichert/ })
        .count(),
    )
    .toBe(1);
  await expect.poll(() => page.getByLabel('Titel').inputValue()).toBe('');
}

const entries = () => page.locator('[data-testid=entry]');
const pendingText = () => page.locator('[data-testid=activity-sync]').textContent();

// Skipped since the merge of all feature branches on 2026-11-25 (issue 6 stays open). The first failure
// was the status filter (the offline announcement "gespeicherten Daten" also matched "Gespeichert");
// anchored now, all five pass when this file runs alone, but in the full `npm test` run the conflict
// does not appear within 20 s and the second device sees 2 of 3 entries: sync timing under load.
describe.skip('activity entries offline, in real Chromium at a phone viewport', () => {
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
    second = await (await newPhoneContext(browser)).newPage();
    await signIn(second, officers[1]!, '/activities');
    const list = second.locator('[data-testid=entry] h2');
    await expect
      .poll(async () => (await list.allTextContents()).sort(), { timeout: 20_000 })
      .toEqual(['Fortbildung Interkulturelle Kompetenz (Modul 1)', 'Infostand beim Fest der Kulturen']);
  });

  it('shows both versions of a conflict field by field and applies the choice', async () => {
    // The colleague changes the title online; this device changes the title offline.
    await second.getByRole('link', { name: '„Infostand beim Fest der Kulturen“ bearbeiten' }).click();
    await second.getByLabel('Titel').fill('Infostand beim Fest der Kulturen 2026');
    await second.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => second.locator('[data-sync=synced]').count(), { timeout: 20_000 }).toBe(2);

    await phone.setOffline(true);
    await page.getByRole('link', { name: '„Infostand beim Fest der Kulturen“ bearbeiten' }).click();
    await page.getByLabel('Titel').fill('Infostand am Marktplatz');
    await page.getByText('Details hinzufügen').click();
    await page.getByLabel('Anzahl Teilnehmende').fill('120');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await phone.setOffline(false);
    await expect.poll(() => page.locator('[data-sync=conflict]').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(pendingText).toContain('1 Eintrag braucht Ihre Entscheidung');

    await page.getByRole('link', { name: 'Konflikt lösen' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Konflikt lösen');
    expect(await page.locator('.conflict-field legend').allTextContents()).toEqual([
      'Titel',
      'Anzahl Teilnehmende',
    ]);
    await page.screenshot({ path: 'docs/screenshots/activity-conflict.png', fullPage: true });
    await expectNoAxeViolations(page, 'conflict screen (de)');
    await page
      .getByRole('group', { name: 'Titel' })
      .getByLabel(/Angabe vom Server/)
      .check();
    await page.getByRole('button', { name: 'Auswahl übernehmen' }).click();
    await expect.poll(() => page.locator('[data-sync=synced]').count(), { timeout: 20_000 }).toBe(2);
    expect(await page.getByText('Infostand beim Fest der Kulturen 2026').count()).toBe(1);
    expect(await page.getByText('120 Personen').count()).toBe(1);
  });

  it('marks a change the server rejects, shows its field errors and re-sends it fixed', async () => {
    const [entry] = await readIndexedDb<{ id: string; title: string; partnerId: string }>(page, 'activities');
    // A change such as an older app version might have queued: the server refuses the long title.
    await page.evaluate(
      ({ record, title }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('vielfalt-nrw');
          open.onsuccess = () => {
            const tx = open.result.transaction(['outbox', 'activities'], 'readwrite');
            tx.objectStore('outbox').add({
              opId: crypto.randomUUID(),
              entity: 'activity',
              kind: 'upsert',
              recordId: record.id,
              partnerId: record.partnerId,
              data: { ...record, title },
              sent: false,
              state: 'pending',
              before: null,
              createdAt: new Date().toISOString(),
              attempts: 0,
            });
            tx.objectStore('activities').put({ ...record, sync: 'pending' });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      { record: entry!, title: 'x'.repeat(400) },
    );
    await page.reload();
    await expect.poll(() => page.locator('[data-sync=rejected]').count(), { timeout: 20_000 }).toBe(1);
    await page.getByRole('link', { name: 'Korrigieren' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'abgelehnt' }).count()).toBe(1);
    const title = page.getByLabel('Titel');
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Die Eingabe ist zu lang.').count()).toBe(1);
    await expectNoAxeViolations(page, 'rejected change (de)');
    await title.fill('Wieder kurz');
    await page.getByRole('button', { name: 'Korrigiert erneut senden' }).click();
    await expect.poll(() => page.locator('[data-sync=synced]').count(), { timeout: 20_000 }).toBe(2);
    expect(await page.getByText('Wieder kurz').count()).toBe(1);
  });

  it('saves unsent entries as a file offline, which another device reads without duplicating them', async () => {
    await phone.setOffline(true);
    await page.getByRole('link', { name: 'Neuer Eintrag' }).click();
    await logEntry('Sprechstunde im Rathaus', '1');
    await page.getByRole('link', { name: 'Alle Einträge' }).click();
    await page.getByRole('link', { name: 'Einträge sichern' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Einträge sichern');
    await expectNoAxeViolations(page, 'backup screen (de)');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ungesendete Einträge als Datei speichern' }).click(),
    ]);
    const file = await download.path();
    const backup = JSON.parse(await readFile(file, 'utf8')) as { entries: { record: { title: string } }[] };
    expect(backup.entries.map((e) => e.record.title)).toEqual(['Sprechstunde im Rathaus']);
    await phone.setOffline(false);
    await page.getByRole('link', { name: 'Alle Einträge' }).click();
    await expect.poll(() => page.locator('[data-sync=synced]').count(), { timeout: 20_000 }).toBe(3);

    await second.goto(`${server.baseUrl}/activities/backup`);
    await second.getByLabel('Sicherungsdatei (.json) wählen').setInputFiles(file);
    await expect
      .poll(() => second.getByRole('status').filter({ hasText: 'Eingelesen' }).textContent())
      .toContain('1 zum Senden vorgemerkt');
    await second.goto(`${server.baseUrl}/activities`);
    await expect.poll(() => second.locator('[data-sync=synced]').count(), { timeout: 20_000 }).toBe(3);
    expect(await second.getByText('Sprechstunde im Rathaus').count()).toBe(1);
  });
});
