// `npm test` on a fresh clone: install the locked dependencies first if they are not there yet.
// Plain JavaScript on purpose: it must run before any dependency exists.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('node_modules/.package-lock.json') || !existsSync('node_modules/vitest')) {
  console.log('Dependencies are missing: running npm install first.');
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
}
