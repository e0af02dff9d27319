import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { reportingYearLabel, reportingYearOf } from '../../shared/catalog/reporting-year.ts';
import { launchChromium } from '../tools/chromium.ts';
import { docxParagraphs, readZip } from '../tools/zip-reader.ts';
import { uuidv7 } from '../../shared/sync/index.ts';
import type { Page } from 'playwright-core';
import { adminCookie, createAccount, E2E_ADMIN, signInApi } from './accounts.ts';
import { expectNoAxeViolations, newPhoneContext, readIndexedDb, waitForServiceWorker } from './support.ts';

const baseUrl = inject('baseUrl');
const PARTNER = JSON.parse(readFileSync('server/seed/partners.json', 'utf8')).partners.find(
  (p: { id: string }) => p.id === 'stadt-juelich',
) as { id: string; name: string };
const year = reportingYearOf(new Date().toISOString().slice(0, 10));
const label = reportingYearLabel(year);
const NARRATIVE = 'Offline geschrieben: Alle Führungskräfte haben die Schulung „Vielfalt“ besucht.';

let browser: Browser;
let admin: Credentials;
let officer: Credentials;
let officerContext: BrowserContext;
let page: Page;

interface Credentials {
  email: string;
  password: string;
}

/** Signs in through the app's own login form, as a user would. */
async function signInUi(page: Page, account: Credentials, next: string) {
  await page.goto(`${baseUrl}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-Mail-Adresse').fill(account.email);
  await page.getByLabel('Passwort').fill(account.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

const ENTRY_TITLE = 'Infostand zum Tag der Vielfalt';

/** One entry of the partner, logged through the sync API as the officer's phone would. */
async function logEntry(account: Credentials) {
  const cookie = await signInApi(account.email, account.password);
  const entry = {
    id: uuidv7(),
    partnerId: PARTNER.id,
    date: new Date().toISOString().slice(0, 10),
    endDate: null,
    title: ENTRY_TITLE,
    category: 3,
    secondaryCategories: [5],
    status: 'done',
    type: 'event',
    format: 'in-person',
    place: 'Marktplatz',
    organisingUnit: null,
    cooperationPartners: ['Integrationsrat'],
    targetGroups: ['Bürger*innen'],
    participantCount: 120,
    sessions: 1,
    languages: ['de', 'tr'],
    fundingProgramme: null,
    links: [],
    note: null,
  };
  const response = await fetch(`${baseUrl}/api/sync/push`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify({
      deviceId: 'e2e-reports',
      ops: [
        { opId: uuidv7(), kind: 'upsert', entity: 'activity', id: entry.id, baseVersion: null, data: entry },
      ],
    }),
  });
  expect(response.status).toBe(200);
}

beforeAll(async () => {
  await adminCookie(); // makes the e2e administrator on first use
  admin = E2E_ADMIN;
  officer = await createAccount('officer', PARTNER.id);
  await logEntry(officer);
  browser = await launchChromium();
  officerContext = await newPhoneContext(browser);
  page = await officerContext.newPage();
});
afterAll(() => browser?.close());

interface StoredDraft {
  partnerId: string;
  year: number;
  dirty: number;
  draft: { narratives: Record<string, string> };
}

describe('annual report in real Chromium', () => {
  it('takes the officer from "Berichte" to the partner’s report of the current year', async () => {
    await signInUi(page, officer, '/reports');
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain(`/reports/${PARTNER.id}/${year}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Statusbericht ${label}`);
    await expect.poll(() => page.getByText(PARTNER.name).count()).toBeGreaterThan(0);
    await waitForServiceWorker(page);
    // The logged entry is compiled into its category, with a reference from its secondary one.
    const line = page.locator('.compiled-entries li', { hasText: ENTRY_TITLE }).first();
    await expect
      .poll(() => line.textContent())
      .toContain('in Präsenz, Marktplatz; Kooperation: Integrationsrat');
    await expect.poll(() => page.getByText(/siehe Schwerpunkt 3/).count()).toBe(1);
    await line.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'docs/screenshots/report-editor.png' });
    await expectNoAxeViolations(page, 'report editor (de)');

    // Hidden from the report, it moves to the hidden list and leaves the totals; and back again.
    await page
      .getByRole('button', { name: new RegExp(`^Aus dem Bericht nehmen\\s*:\\s*${ENTRY_TITLE}$`) })
      .click();
    await expect.poll(() => page.getByText('1 ausgeblendete Aktivität').count()).toBe(1);
    await expect.poll(() => page.getByText(/siehe Schwerpunkt 3/).count()).toBe(0);
    await page.getByText('1 ausgeblendete Aktivität').click();
    await page.getByRole('button', { name: new RegExp(`^Wieder aufnehmen\\s*:\\s*${ENTRY_TITLE}$`) }).click();
    await expect.poll(() => page.getByText(/siehe Schwerpunkt 3/).count()).toBe(1);
  });

  it('keeps a narrative written offline on the device, also across a reload', async () => {
    await officerContext.setOffline(true);
    const editor = page.getByRole('textbox', { name: /Bericht zu „Fortbildung/ });
    await editor.click();
    await page.keyboard.type(NARRATIVE);
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^Auf diesem Gerät gespeichert/ })
          .count(),
      )
      .toBe(1);
    await expect
      .poll(async () => {
        const drafts = await readIndexedDb<StoredDraft>(page, 'reportDrafts');
        return drafts.find((d) => d.partnerId === PARTNER.id && d.year === year);
      })
      .toMatchObject({
        dirty: 1,
        draft: { narratives: { 2: expect.stringContaining('Alle Führungskräfte') } },
      });

    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Statusbericht ${label}`);
    await expect.poll(() => editor.textContent()).toBe(NARRATIVE);
    await expect(page.getByRole('button', { name: 'Bericht einreichen' }).isDisabled()).resolves.toBe(true);
  });

  it('sends the draft when the connection returns and submits it', async () => {
    await officerContext.setOffline(false);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Gespeichert und synchronisiert' }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    const drafts = await readIndexedDb<StoredDraft>(page, 'reportDrafts');
    expect(drafts.find((d) => d.partnerId === PARTNER.id && d.year === year)?.dirty).toBe(0);

    await page.getByRole('button', { name: 'Bericht einreichen' }).click();
    await page.getByRole('button', { name: 'Ja, einreichen' }).click();
    await expect
      .poll(() => page.locator('.state-badge').first().textContent(), { timeout: 15_000 })
      .toBe('Eingereicht');
    await expect.poll(() => page.getByText(/eingereicht und ist gesperrt/).count()).toBe(1);
    expect(
      await page.getByRole('textbox', { name: /Bericht zu „Fortbildung/ }).getAttribute('contenteditable'),
    ).toBe('false');
    await expectNoAxeViolations(page, 'submitted report (de)');

    await page.getByRole('link', { name: 'Vorschau' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Vorschau: Statusbericht ${label}`);
    await expect.poll(() => page.locator('.report-document').textContent()).toContain('Alle Führungskräfte');
    mkdirSync('docs/screenshots', { recursive: true });
    await page.screenshot({ path: 'docs/screenshots/report-preview.png' });
    await expectNoAxeViolations(page, 'report preview (de)');
  });

  it('shows the admin the submitted report and hands out the brochure', async () => {
    const adminContext = await newPhoneContext(browser);
    try {
      const adminPage = await adminContext.newPage();
      await signInUi(adminPage, admin, '/reports');
      await expect.poll(() => adminPage.url(), { timeout: 15_000 }).toContain(`/ministry/reports/${year}`);
      const row = adminPage.locator(`tr[data-partner="${PARTNER.id}"]`);
      await expect
        .poll(() => row.locator('.state-badge').textContent(), { timeout: 15_000 })
        .toBe('Eingereicht');
      await adminPage.screenshot({ path: 'docs/screenshots/ministry-overview.png', fullPage: false });
      await expectNoAxeViolations(adminPage, 'ministry overview (de)');

      const [download] = await Promise.all([
        adminPage.waitForEvent('download'),
        adminPage.getByRole('link', { name: 'Broschüre als Word-Datei (.docx)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`partnerbroschuere-${year}.docx`);
      const file = await download.path();
      const paragraphs = docxParagraphs(
        readZip(readFileSync(file)).get('word/document.xml')!.toString('utf8'),
      );
      expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toContain(PARTNER.name);
      expect(paragraphs.map((p) => p.text).join('\n')).toContain(NARRATIVE);
    } finally {
      await adminContext.close();
    }
  });
});
