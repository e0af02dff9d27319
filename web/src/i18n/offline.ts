import { LANGUAGES, SOURCE_LANGUAGE } from './languages.ts';

/**
 * Languages for offline use. The service worker runtime-caches every locale chunk it serves in the
 * cache "locales" (vite.config.ts). The page stores a language's chunks there itself, too: on the
 * very first visit no service worker controls the page yet, and "make all languages available
 * offline" has to fetch languages nobody has used. The chunk URLs come from index.html
 * (web/build/locale-chunks.ts), so the list always matches the installed version.
 */
export const LOCALE_CACHE = 'locales';
const OPT_IN_KEY = 'vielfalt.allLanguagesOffline';

type ChunkMap = Record<string, Record<string, [url: string, gzipBytes: number]>>;
let chunkMap: ChunkMap | null | undefined;

function localeChunks(): ChunkMap | null {
  if (chunkMap !== undefined) return chunkMap;
  try {
    const text = document.getElementById('locale-chunks')?.textContent;
    chunkMap = text ? (JSON.parse(text) as ChunkMap) : null;
  } catch {
    chunkMap = null;
  }
  return chunkMap;
}

/** False in development (no built chunks) and in browsers without the Cache API. */
export function offlineLanguagesSupported(): boolean {
  return localeChunks() !== null && typeof caches !== 'undefined' && 'serviceWorker' in navigator;
}

const urlsOf = (language: string) => Object.values(localeChunks()?.[language] ?? {}).map(([url]) => url);
const allLanguages = () => LANGUAGES.map((language) => language.code).filter((c) => c !== SOURCE_LANGUAGE);

/** Compressed size of all languages' chunks, to tell the user what the download costs. */
export function allLanguagesDownloadBytes(): number {
  return Object.values(localeChunks() ?? {})
    .flatMap((namespaces) => Object.values(namespaces))
    .reduce((sum, [, bytes]) => sum + bytes, 0);
}

async function storedPaths(): Promise<Set<string>> {
  const cache = await caches.open(LOCALE_CACHE);
  return new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
}

/** The languages whose every chunk is on this device (German is part of the app itself). */
export async function languagesStoredOffline(): Promise<Set<string>> {
  const stored = new Set<string>([SOURCE_LANGUAGE]);
  if (!offlineLanguagesSupported()) return stored;
  const paths = await storedPaths();
  for (const language of allLanguages()) {
    const urls = urlsOf(language);
    if (urls.length > 0 && urls.every((url) => paths.has(url))) stored.add(language);
  }
  return stored;
}

/** Stores the chunks of these languages that are not stored yet; rejects when the network fails. */
async function store(languages: string[], onProgress?: (done: number, total: number) => void) {
  const cache = await caches.open(LOCALE_CACHE);
  const paths = await storedPaths();
  const missing = languages.flatMap(urlsOf).filter((url) => !paths.has(url));
  let done = 0;
  onProgress?.(done, missing.length);
  // A few at a time: quick on a good connection, gentle on a bad one.
  for (let index = 0; index < missing.length; index += 4) {
    await Promise.all(
      missing.slice(index, index + 4).map(async (url) => {
        await cache.add(url);
        onProgress?.(++done, missing.length);
      }),
    );
  }
}

/** After a language was loaded: keep it for offline use. Best effort, never disturbs the user. */
export function rememberLanguageOffline(language: string) {
  if (language === SOURCE_LANGUAGE || !offlineLanguagesSupported()) return;
  store([language]).catch(() => {});
}

export function allLanguagesOptedIn(): boolean {
  try {
    return localStorage.getItem(OPT_IN_KEY) === '1';
  } catch {
    return false;
  }
}

/** The user's "make all languages available offline": remembered, so updates keep it true. */
export async function makeAllLanguagesOffline(onProgress?: (done: number, total: number) => void) {
  try {
    localStorage.setItem(OPT_IN_KEY, '1');
  } catch {
    // Storage unavailable: the download itself still works for this version.
  }
  await store(allLanguages(), onProgress);
  await pruneOutdated();
}

/** Chunks of earlier app versions are never requested again. */
async function pruneOutdated() {
  const current = new Set(Object.keys(localeChunks() ?? {}).flatMap(urlsOf));
  const cache = await caches.open(LOCALE_CACHE);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path.startsWith('/assets/locale-') && !current.has(path)) await cache.delete(request);
  }
}

/**
 * On start: a new app version has new chunk names, so refresh the opted-in download and the
 * current language, then drop what the old version stored.
 */
export async function refreshOfflineLanguages(current: string) {
  if (!offlineLanguagesSupported() || !navigator.onLine) return;
  try {
    await store(allLanguagesOptedIn() ? allLanguages() : current === SOURCE_LANGUAGE ? [] : [current]);
    await pruneOutdated();
  } catch {
    // Offline or storage full: the next start tries again.
  }
}
