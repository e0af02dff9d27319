import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDb, type TestDb } from '../test-support/test-db.ts';

let dir: string;
let testDb: TestDb;
let app: ReturnType<typeof createApp>;
const logLines: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vielfalt-static-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Vielfalt NRW</title>');
  await writeFile(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  await writeFile(path.join(dir, 'assets', 'index-Abc123.js'), 'console.log(1);');
  await writeFile(path.join(dir, 'manifest.webmanifest'), '{}');
  testDb = await createTestDb();
  app = createApp({ db: testDb.db, staticDir: dir, log: (line) => logLines.push(line) });
});
afterAll(async () => {
  await testDb.dispose();
  await rm(dir, { recursive: true, force: true });
});

describe('serving the built PWA', () => {
  it.each([
    ['/assets/index-Abc123.js', 'public, max-age=31536000, immutable'],
    ['/index.html', 'no-cache'],
    ['/sw.js', 'no-cache'],
    ['/manifest.webmanifest', 'no-cache'],
  ])('%s gets Cache-Control %s', async (url, expected) => {
    const res = await app.request(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe(expected);
  });

  it('answers a deep link with the app shell, uncached, but an unknown API path with JSON 404', async () => {
    const page = await app.request('/partners/stadt-juelich');
    expect(page.status).toBe(200);
    expect(page.headers.get('Cache-Control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>Vielfalt NRW</title>');
    const api = await app.request('/api/partners-that-do-not-exist');
    expect(api.status).toBe(404);
    expect(api.headers.get('Content-Type')).toContain('application/json');
  });

  it('serves the manifest with its media type', async () => {
    const res = await app.request('/manifest.webmanifest');
    expect(res.headers.get('Content-Type')).toBe('application/manifest+json');
  });

  it('writes one JSON log line per request with method, path, status and duration', async () => {
    logLines.length = 0;
    await app.request('/api/health');
    expect(logLines).toHaveLength(1);
    expect(JSON.parse(logLines[0]!)).toMatchObject({
      method: 'GET',
      path: '/api/health',
      status: 200,
      ms: expect.any(Number),
    });
  });
});
