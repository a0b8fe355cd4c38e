import { defineConfig } from '@playwright/test';
import { chromium } from './playwright.config';

const port = Number(process.env.PORT ?? 4484);

/**
 * `npm run test:cms`: the content editor under `astro dev`, as a marketing editor uses it. It writes
 * to content/ in this checkout, so global setup refuses to start over uncommitted content changes
 * and global teardown puts content/ back as git has it.
 */
export default defineConfig({
  testDir: 'tests/cms',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // The editor's first load bundles its dependencies (tens of seconds on a busy 2-core machine).
  timeout: 300_000,
  expect: { timeout: 60_000 },
  globalSetup: './tests/cms/support/globalSetup.ts',
  globalTeardown: './tests/cms/support/globalTeardown.ts',
  // No service worker under `astro dev` (the build writes sw.js), and none wanted while editing.
  use: { baseURL: `http://127.0.0.1:${port}`, trace: 'off', serviceWorkers: 'block' },
  projects: [{ name: 'chromium', use: { ...chromium } }],
  webServer: {
    command: `npx astro dev --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
