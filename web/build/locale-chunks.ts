import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * Writes the URL and gzip size of every locale chunk into index.html
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
          if (chunk.type !== 'chunk' || !chunk.facadeModuleId) continue;
          const match = /\/i18n\/locales\/([^/]+)\/([^/]+)\.json$/.exec(chunk.facadeModuleId);
          if (!match) continue;
          (map[match[1]!] ??= {})[match[2]!] = [base + chunk.fileName, gzipSync(chunk.code).length];
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
