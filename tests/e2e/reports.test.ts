import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { reportingYearLabel, reportingYearOf } from '../../shared/catalog/reporting-year.ts';
import { launchChromium } from '../tools/chromium.ts';
import { docxParagraphs, readZip } from '../tools/zip-reader.ts';
import { createAccount, ensureAdmin, signInUi, type Credentials } from './accounts-support.ts';
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

beforeAll(async () => {
  admin = await ensureAdmin(baseUrl, inject('setupLink'));
  officer = await createAccount(baseUrl, admin, 'officer', PARTNER.id);
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
    await signInUi(page, baseUrl, officer, '/reports');
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain(`/reports/${PARTNER.id}/${year}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Statusbericht ${label}`);
    await expect.poll(() => page.getByText(PARTNER.name).count()).toBeGreaterThan(0);
    await waitForServiceWorker(page);
    await expectNoAxeViolations(page, 'report editor (de)');
  });

  it('keeps a narrative written offline on the device, also across a reload', async () => {
    await officerContext.setOffline(true);
    const editor = page.getByRole('textbox', { name: /Bericht zu „Fortbildung/ });
    await editor.click();
    await page.keyboard.type(NARRATIVE);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Auf diesem Gerät gespeichert' }).count())
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
      await signInUi(adminPage, baseUrl, admin, '/reports');
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
