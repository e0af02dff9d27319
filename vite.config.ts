import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { localeChunkFileName, localeChunkMap } from './web/build/locale-chunks.ts';
import { localizedManifest } from './web/build/localized-manifest.ts';
import { manifest } from './web/src/app/manifest.ts';

export default defineConfig({
  root: 'web',
  publicDir: '../public',
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      output: {
        // Locale chunks (interface namespaces and the calendar's holiday texts) get their own name so the
        // service worker can runtime-cache them instead of precaching.
        chunkFileNames: (chunk) => localeChunkFileName(chunk.facadeModuleId) ?? 'assets/[name]-[hash].js',
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
  plugins: [
    react(),
    localeChunkMap(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: localizedManifest(manifest),
      includeAssets: ['icons/*.png', 'icons/*.svg', 'robots.txt'],
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        globIgnores: ['**/assets/locale-*.js'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/assets/locale-'),
            handler: 'CacheFirst',
            options: { cacheName: 'locales', expiration: { maxEntries: 200 } },
          },
          {
            // Background Sync (issue 6): a push that fails for want of a network is kept by the
            // service worker and sent again when the connection returns, even with the app
            // closed. The app sends the same ops again itself; op ids make the second copy a no-op.
            urlPattern: ({ url }) => url.pathname === '/api/sync/push',
            method: 'POST',
            handler: 'NetworkOnly',
            options: {
              backgroundSync: { name: 'activity-push', options: { maxRetentionTime: 7 * 24 * 60 } },
            },
          },
        ],
      },
    }),
  ],
});
