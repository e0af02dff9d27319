import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { installTrustedTypesPolicy } from './app/trusted-types.ts';
import { startInstallListeners } from './app/install.ts';
import { startActivitySyncInApp, startCatalogSync } from './app/start-sync.ts';
import { setupI18n } from './i18n/index.ts';
import './app/app.css';

installTrustedTypesPolicy();
startInstallListeners();
await setupI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
startCatalogSync();
startActivitySyncInApp();
