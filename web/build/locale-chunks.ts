import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Namespace name of the calendar's holiday texts in the chunk map (no interface namespace has it). */
export const HOLIDAYS_NAMESPACE = 'holidays';

/**
 * The language and namespace of a locale chunk, from the module it is built from: an interface namespace
 * (`web/src/i18n/locales/<lang>/<ns>.json`) or the calendar's holiday texts
 * (`shared/calendar/texts/locales/<lang>.json`, namespace "holidays"); null for every other chunk.
 */
export function localeChunkOf(
  moduleId: string | null | undefined,
): { language: string; namespace: string } | null {
  if (!moduleId) return null;
  const ui = /\/i18n\/locales\/([^/]+)\/([^/]+)\.json$/.exec(moduleId);
  if (ui) return { language: ui[1]!, namespace: ui[2]! };
  const holidays = /\/calendar\/texts\/locales\/([^/]+)\.json$/.exec(moduleId);
  if (holidays) return { language: holidays[1]!, namespace: HOLIDAYS_NAMESPACE };
  return null;
}

/** `assets/locale-<lang>-<ns>-json-[hash].js`: the service worker runtime-caches `assets/locale-*` (vite.config.ts). */
export function localeChunkFileName(moduleId: string | null | undefined): string | null {
  const chunk = localeChunkOf(moduleId);
  if (!chunk) return null;
  return `assets/locale-${`${chunk.language}/${chunk.namespace}.json`.replace(/\W+/g, '-')}-[hash].js`;
}

/**
 * Writes the URL and gzip size of every locale chunk (interface namespaces and holiday texts) into index.html
 * (`<script type="application/json" id="locale-chunks">`), so the app can store chosen languages
 * for offline use and, on request, all of them (web/src/i18n/offline.ts). The map travels with the
 * precached index.html, so it is there offline and always matches the installed version.
 */
export function localeChunkMap(): Plugin {
  let base = '/';
  return {
    name: 'vielfalt-locale-chunk-map',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const map: Record<string, Record<string, [url: string, gzipBytes: number]>> = {};
        for (const chunk of Object.values(ctx.bundle ?? {})) {
          if (chunk.type !== 'chunk') continue;
          const locale = localeChunkOf(chunk.facadeModuleId);
          if (!locale) continue;
          (map[locale.language] ??= {})[locale.namespace] = [
            base + chunk.fileName,
            gzipSync(chunk.code).length,
          ];
        }
        return [
          {
            tag: 'script',
            attrs: { type: 'application/json', id: 'locale-chunks' },
            children: JSON.stringify(map),
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
