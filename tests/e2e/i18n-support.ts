import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The language menu's button in the header (its name changes with the language). */
export const languageToggle = (page: Page) => page.locator('header button[aria-expanded]');

/** An entry of the open language menu, found by the language's own name ("العربية", "Deutsch"). */
export const languageOption = (page: Page, nativeName: string) =>
  page.getByRole('list').getByRole('button', { name: new RegExp(`^${nativeName}(\\s|$)`) });

/** Two taps, as a user does it: open the menu, choose the language. */
export async function chooseLanguage(page: Page, nativeName: string) {
  await languageToggle(page).click();
  await languageOption(page, nativeName).click();
}

/** The locale chunk map the build writes into index.html: language → namespace → [url, gzip bytes]. */
export function localeChunkMap(page: Page): Promise<Record<string, Record<string, [string, number]>>> {
  return page.evaluate(() => JSON.parse(document.getElementById('locale-chunks')!.textContent!));
}

/**
 * Resolves once every chunk of the language (its namespaces and its holiday texts) is in the
 * "locales" cache.
 */
export async function waitUntilStored(page: Page, language: string) {
  await expect
    .poll(() =>
      page.evaluate(async (code) => {
        const map = JSON.parse(document.getElementById('locale-chunks')!.textContent!) as Record<
          string,
          Record<string, [string, number]>
        >;
        const cache = await caches.open('locales');
        const stored = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
        return Object.values(map[code] ?? {}).every(([url]) => stored.has(url));
      }, language),
    )
    .toBe(true);
}

/** Starts collecting layout-shift entries (Layout Instability API) from now on. */
export async function recordLayoutShifts(page: Page) {
  await page.evaluate(() => {
    const store: { value: number; input: boolean }[] = [];
    (window as unknown as { __shifts: typeof store }).__shifts = store;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        store.push({ value: entry.value, input: entry.hadRecentInput });
      }
    }).observe({ type: 'layout-shift', buffered: false });
  });
}

/**
 * The recorded shifts: `cls` as Core Web Vitals count it (shifts within 500 ms of a tap are the
 * user's doing and excluded), `all` including those.
 */
export async function layoutShifts(page: Page): Promise<{ cls: number; all: number }> {
  return page.evaluate(() => {
    const shifts = (window as unknown as { __shifts: { value: number; input: boolean }[] }).__shifts;
    return {
      cls: shifts.filter((s) => !s.input).reduce((sum, s) => sum + s.value, 0),
      all: shifts.reduce((sum, s) => sum + s.value, 0),
    };
  });
}

/**
 * Elements that stick out of the viewport sideways (ignoring content inside horizontal scrollers,
 * which is meant to scroll, and visually hidden text). Returns short descriptions.
 */
export function findOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) {
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    }
    const scrolls = (element: Element | null): boolean => {
      for (let node = element; node && node !== document.body; node = node.parentElement) {
        if (/(auto|scroll)/.test(getComputedStyle(node).overflowX)) return true;
      }
      return false;
    };
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('.visually-hidden, [hidden]') || scrolls(element.parentElement)) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (rect.left < -1 || rect.right > width + 1) {
        const label = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
        problems.push(
          `${label} "${element.textContent?.trim().slice(0, 40)}" spans ${Math.round(rect.left)}–${Math.round(rect.right)} px`,
        );
      }
    }
    return problems;
  });
}

/**
 * Text in the interface language that still has ASCII letters. Under a pseudo-locale every
 * translated string is accented, so such text never went through t() (hard-coded). Content in
 * its own language (`lang` on an element below <html>: partner names, language names) is exempt.
 */
export function findUntranslatedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, [hidden]')) continue;
      if (parent.closest('[lang]') !== document.documentElement) continue;
      const text = node.textContent?.trim() ?? '';
      if (/[A-Za-z]/.test(text)) found.push(text);
    }
    return found;
  });
}
