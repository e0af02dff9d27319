import type { BackendModule, ReadCallback } from 'i18next';
import { isPseudoLanguage, languageInfo } from './languages.ts';

type Resources = Record<string, unknown>;

/**
 * One lazily loaded chunk per language and namespace (`locales/<lang>/<ns>.json`); German is
 * bundled as the source. Vite names these chunks `assets/locale-<lang>-<ns>-<hash>.js` so the
 * service worker runtime-caches them (vite.config.ts).
 */
// `manifest` is read at build time only (web/build/localized-manifest.ts), never by the app.
const lazyLocales = import.meta.glob<{ default: Resources }>([
  './locales/*/*.json',
  '!./locales/de/*',
  '!./locales/*/manifest.json',
]);

const loaded = new Map<string, Resources>();

export class LanguageUnavailableError extends Error {
  constructor(readonly language: string) {
    super(`Language ${language} could not be loaded (offline and not stored on this device?)`);
    this.name = 'LanguageUnavailableError';
  }
}

/** Whether a translation file exists for this language and namespace (else German is used). */
export const hasLocaleFile = (language: string, namespace: string) =>
  `./locales/${language}/${namespace}.json` in lazyLocales;

/**
 * The translations of one namespace. Pseudo-locales are generated from the German source in a
 * chunk of their own, so users never download them. Only successes are remembered: after a
 * failed (offline) attempt the next one asks again.
 */
export async function loadNamespace(
  language: string,
  namespace: string,
  source: Record<string, Resources>,
): Promise<Resources> {
  const key = `${language}/${namespace}`;
  const known = loaded.get(key);
  if (known) return known;
  let resources: Resources;
  if (isPseudoLanguage(language)) {
    const { pseudoResources } = await import('./pseudo.ts');
    const info = languageInfo(language);
    resources = pseudoResources(source[namespace] as never, {
      rtl: info.dir === 'rtl',
      pluralLocale: info.intl,
    });
  } else {
    const load = lazyLocales[`./locales/${language}/${namespace}.json`];
    if (!load) return {}; // not translated yet: i18next falls back to German key by key
    try {
      resources = (await load()).default;
    } catch {
      throw new LanguageUnavailableError(language);
    }
  }
  loaded.set(key, resources);
  return resources;
}

export function createLazyBackend(source: Record<string, Resources>): BackendModule {
  return {
    type: 'backend',
    init() {},
    read(language: string, namespace: string, callback: ReadCallback) {
      loadNamespace(language, namespace, source).then(
        (resources) => callback(null, resources),
        (error: Error) => callback(error, false),
      );
    },
  };
}
