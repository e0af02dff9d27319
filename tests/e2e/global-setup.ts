import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from '../tools/chromium.ts';
import { startServer, type RunningServer } from '../tools/start-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's one-time first-start link (tests/e2e/accounts.ts uses it). */
    setupLink: string | null;
  }
}

let server: RunningServer | null = null;

export async function setup(project: TestProject) {
  server = await startServer();
  console.log(`e2e: server on ${server.baseUrl}, browser ${CHROMIUM_PATH}`);
  project.provide('baseUrl', server.baseUrl);
  project.provide('setupLink', server.setupLink);
}

export async function teardown() {
  await server?.stop();
}
