import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../tools/chromium.ts';
import { adminCookie, createAccount, E2E_ADMIN } from './accounts.ts';
import { expectNoAxeViolations, newPhoneContext } from './support.ts';

/**
 * Every account, admin and coordinator screen of issue 5 in Chromium, each checked with axe:
 * an admin invites a pool coordinator by link, the coordinator accepts it and manages contacts.
 */
const baseUrl = inject('baseUrl');
const POOL = 'kreis-lippe-laiensprachmittlerpool';
let browser: Browser;
let adminContext: BrowserContext;
let admin: Page;
let coordinatorContext: BrowserContext;
let coordinator: Page;
let inviteLink = '';

beforeAll(async () => {
  browser = await launchChromium();
  await adminCookie(); // makes sure the e2e admin exists
  adminContext = await newPhoneContext(browser);
  admin = await adminContext.newPage();
  coordinatorContext = await newPhoneContext(browser);
  coordinator = await coordinatorContext.newPage();
});
afterAll(() => browser?.close());

async function signIn(page: Page, email: string, password: string) {
  await page.goto(baseUrl + '/login');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/account');
}

const heading = (page: Page) => page.locator('h1').textContent();

describe('administration', () => {
  it('explains an invalid setup link', async () => {
    await admin.goto(baseUrl + '/setup');
    await expect.poll(() => admin.getByRole('alert').textContent()).toContain('nicht gültig');
    await expectNoAxeViolations(admin, 'setup screen without a token');
  });

  it('lists accounts and partners, edits a partner', async () => {
    await signIn(admin, E2E_ADMIN.email, E2E_ADMIN.password);
    await admin.getByRole('link', { name: 'Verwaltung' }).click();
    await expect.poll(() => heading(admin)).toBe('Verwaltung');
    await expectNoAxeViolations(admin, 'admin home');

    await admin.goto(baseUrl + '/admin/users');
    await expect.poll(() => admin.locator('[data-testid=user-row]').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(admin, 'admin users');

    await admin.goto(baseUrl + '/admin/partners/stadt-juelich');
    await expect.poll(() => admin.getByLabel('Name').inputValue()).toBe('Stadt Jülich');
    await admin.getByLabel('Website').fill('keine adresse');
    await admin.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => admin.getByText('vollständige Webadresse').count()).toBe(1);
    await expectNoAxeViolations(admin, 'partner form with an error');
    await admin.getByLabel('Website').fill('https://www.juelich.de');
    await admin.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => admin.getByText('Gespeichert.').count()).toBe(1);
  });

  it('creates an invite link for an officer of a partner', async () => {
    await admin.goto(baseUrl + '/admin/invites');
    await admin.getByLabel('Rolle').selectOption('officer');
    await admin.getByLabel('Partnerorganisation').selectOption('kreis-lippe');
    await admin.getByLabel('Notiz (für wen?)').fill('Koordination KI Lippe');
    await admin.getByRole('button', { name: 'Einladungslink erstellen' }).click();
    await expect
      .poll(() => admin.getByLabel('Einladungslink').inputValue())
      .toMatch(/\/invite#[A-Za-z0-9_-]{43}$/);
    inviteLink = await admin.getByLabel('Einladungslink').inputValue();
    await expect.poll(() => admin.locator('[data-testid=invite-row]').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(admin, 'admin invites with a new link');
  });
});

describe('a pool coordinator', () => {
  it('accepts the invite and is signed in', async () => {
    await coordinator.goto(inviteLink);
    await expect.poll(() => coordinator.getByText('Kreis Lippe').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(coordinator, 'invite screen');
    await coordinator.getByLabel('E-Mail-Adresse').fill(`coordinator-${Date.now()}@e2e.test`);
    await coordinator.getByLabel('Name').fill('Koordinatorin Lippe');
    await coordinator.getByLabel('Neues Passwort').fill('kurz');
    await coordinator.getByRole('button', { name: 'Konto anlegen' }).click();
    await expect.poll(() => coordinator.getByText('Die Eingabe ist zu kurz.').count()).toBe(1);
    await coordinator.getByLabel('Neues Passwort').fill('ein langes sicheres Passwort');
    await coordinator.getByRole('button', { name: 'Konto anlegen' }).click();
    await expect.poll(() => new URL(coordinator.url()).pathname).toBe('/account');
    // The account page lists the pools this officer coordinates and what waits for confirmation.
    await expect
      .poll(() => coordinator.getByText('bitte bestätigen').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await expectNoAxeViolations(coordinator, 'account page of a coordinator');
    // The link is used up.
    const again = await newPhoneContext(browser);
    try {
      const page = await again.newPage();
      await page.goto(inviteLink);
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('schon verwendet');
    } finally {
      await again.close();
    }
  });

  it('sees the pool’s coordination panel and its contacts', async () => {
    await coordinator.goto(`${baseUrl}/mediators/pools/${POOL}`);
    await expect.poll(() => coordinator.getByRole('heading', { name: 'Koordination' }).count()).toBe(1);
    await expect.poll(() => coordinator.getByText('älter als ein Jahr').count()).toBe(1);
    await expectNoAxeViolations(coordinator, 'pool page for its coordinator');
    await coordinator.getByRole('link', { name: /Kontakte verwalten/ }).click();
    await expect.poll(() => coordinator.locator('[data-testid=managed-contact]').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(coordinator, 'manage contacts');
  });

  it('adds a contact, with translated field errors first', async () => {
    await coordinator.goto(`${baseUrl}/mediators/pools/${POOL}/contacts/new`);
    await coordinator.getByLabel('E-Mail', { exact: true }).fill('keine-adresse');
    await coordinator.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => coordinator.getByText('Bitte füllen Sie dieses Feld aus.').count()).toBe(1);
    await expect.poll(() => coordinator.getByText('gültige E-Mail-Adresse').count()).toBe(1);
    await expectNoAxeViolations(coordinator, 'contact form with errors');
    await coordinator.getByLabel('Name').fill('Beispiel: Neue Sprachmittlerin (fiktiv)');
    await coordinator.getByLabel('E-Mail', { exact: true }).fill('neu@example.org');
    await coordinator.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => new URL(coordinator.url()).pathname).toBe(`/mediators/pools/${POOL}/contacts`);
    await expect.poll(() => coordinator.getByText('Beispiel: Neue Sprachmittlerin (fiktiv)').count()).toBe(1);
  });

  it('previews a CSV import with per-row errors, then imports the valid rows', async () => {
    await coordinator.goto(`${baseUrl}/mediators/pools/${POOL}/import`);
    await coordinator
      .getByLabel('… oder Inhalt hier einfügen')
      .fill(
        'Name;Sprachen;Telefon\nBeispiel: Import Eins (fiktiv);Arabisch (Muttersprache);0221 4710 050\n;Türkisch;\nBeispiel: Import Zwei (fiktiv);Klingonisch;',
      );
    await coordinator.getByRole('button', { name: 'Datei prüfen' }).click();
    await expect.poll(() => coordinator.locator('[data-testid=import-row]').count()).toBe(3);
    await expect
      .poll(() => coordinator.getByText('1 Zeilen sind in Ordnung, 2 Zeilen haben Fehler').count())
      .toBe(1);
    await expectNoAxeViolations(coordinator, 'import preview');
    await coordinator.getByRole('button', { name: '1 gültigen Kontakt importieren' }).click();
    await expect.poll(() => coordinator.getByText('1 Kontakt wurde importiert.').count()).toBe(1);
  });

  it('edits the pool (form is axe-clean)', async () => {
    await coordinator.goto(`${baseUrl}/mediators/pools/${POOL}/edit`);
    await expect.poll(() => heading(coordinator)).toBe('Pool bearbeiten');
    await coordinator.getByLabel('Vorlaufzeit').fill('mindestens 5 Werktage');
    await expectNoAxeViolations(coordinator, 'pool form');
    await coordinator.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => new URL(coordinator.url()).pathname).toBe(`/mediators/pools/${POOL}`);
    await expect.poll(() => coordinator.getByText('mindestens 5 Werktage').count()).toBe(1);
  });

  it('cannot manage another partner’s pool', async () => {
    await coordinator.goto(`${baseUrl}/mediators/pools/jobcenter-dortmund-dolmetscherdienst/contacts`);
    await expect
      .poll(() => coordinator.getByText('Koordinatorinnen und Koordinatoren des Pools vorbehalten').count())
      .toBe(1);
  });
});

describe('sign-in rate limit in the interface', () => {
  it('says in how many minutes to try again', async () => {
    const user = await createAccount('staff', 'stadt-juelich');
    const context = await newPhoneContext(browser);
    const page = await context.newPage();
    await page.goto(baseUrl + '/login');
    await page.getByLabel('E-Mail-Adresse').fill(user.email);
    for (let i = 0; i < 6; i++) {
      await page.getByLabel('Passwort').fill(`falsch ${i}`);
      // One answered attempt at a time (the form clears the password after each failure).
      await Promise.all([
        page.waitForResponse((response) => response.url().endsWith('/api/auth/login')),
        page.getByRole('button', { name: 'Anmelden' }).click(),
      ]);
      await expect.poll(() => page.getByLabel('Passwort').inputValue()).toBe('');
    }
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/in 1[45] Minuten erneut/);
    await expectNoAxeViolations(page, 'sign-in screen, rate limited');
    await context.close();
  });
});

describe('reflow at 320 px (WCAG 1.4.10)', () => {
  it('no screen of issue 5 scrolls sideways', async () => {
    await coordinator.setViewportSize({ width: 320, height: 700 });
    const paths = [
      '/mediators',
      '/mediators?lang=ar',
      `/mediators/pools/${POOL}`,
      `/mediators/pools/${POOL}/contacts`,
      `/mediators/pools/${POOL}/contacts/new`,
      `/mediators/pools/${POOL}/import`,
      `/mediators/pools/${POOL}/edit`,
      '/account',
    ];
    for (const path of paths) {
      await coordinator.goto(baseUrl + path);
      await expect.poll(() => coordinator.locator('h1').count()).toBeGreaterThan(0);
      const [scroll, client] = await coordinator.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect(scroll, path).toBeLessThanOrEqual(client);
    }
  });
});
