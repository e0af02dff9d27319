import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The benchmark page (`npm run bench` builds it to dist-bench/, never shipped): the app's real
 * data layer and screens, driven from tests/bench/browse.ts through `window.bench`.
 */
const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  build: { outDir: path.resolve(here, '../../../dist-bench'), emptyOutDir: true, target: 'es2022' },
  resolve: { alias: { 'virtual:pwa-register/react': path.resolve(here, 'pwa-register-stub.ts') } },
  plugins: [react()],
});
