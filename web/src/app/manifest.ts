import type { ManifestOptions } from 'vite-plugin-pwa';

export const THEME_COLOR = '#0b5c4a';

/** Name, short name, description and shortcut names come from locales/<lang>/manifest.json (web/build/localized-manifest.ts). */
export const manifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Vielfalt NRW – Partnernetzwerk Interkulturelle Öffnung',
  short_name: 'Vielfalt NRW',
  description:
    'Maßnahmen, interreligiöser Kalender und Sprachmittlerpools des NRW-Partnernetzwerks „Erfolgsfaktor Interkulturelle Öffnung“ – auch offline.',
  lang: 'de',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'portrait',
  background_color: '#ffffff',
  theme_color: THEME_COLOR,
  categories: ['government', 'education', 'productivity'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  // App shortcuts (long press on the icon). /calendar and /activities/new belong to the calendar
  // and activity features; until they exist the app shows its "page not found" screen there.
  shortcuts: [
    {
      name: 'Maßnahmen durchsuchen',
      short_name: 'Suche',
      url: '/search',
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
    {
      name: 'Interreligiöser Kalender',
      short_name: 'Kalender',
      url: '/calendar',
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
    {
      name: 'Neuer Eintrag',
      short_name: 'Eintrag',
      url: '/activities/new',
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
  ],
};
