import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from '../tools/chromium.ts';
import { startServer, type RunningServer } from '../tools/start-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: RunningServer | null = null;

export async function setup(project: TestProject) {
  server = await startServer();
  console.log(`e2e: server on ${server.baseUrl}, browser ${CHROMIUM_PATH}`);
  project.provide('baseUrl', server.baseUrl);
}

export async function teardown() {
  await server?.stop();
}
