import { defineConfig, devices, type Project } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/lib/chromium';

// Debian's Chromium where Playwright cannot download its own browser (see README).
const chromiumPath = chromiumExecutable();
const port = Number(process.env.PORT ?? 4399);

/** Desktop Chromium as every project here runs it; the accessibility sweep adds a colour scheme. */
export const chromium: Project['use'] = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: CHROMIUM_ARGS,
  },
};

/**
 * `npm run test:e2e`: what a person does on the site, one page of each kind in both themes, and a
 * fetch of every page. The axe sweep over every page is playwright.a11y.config.ts.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // Keyboard tests start from a saved state instead of walking the whole wizard, so one minute is
  // plenty even on a busy 2-core machine.
  timeout: 60_000,
  // A chunk or the search index can take seconds to arrive when other jobs share the two cores.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    // page.route() does not see requests a service worker answers: keep the worker out of every spec
    // except tests/e2e/offline.spec.ts, which allows it with test.use().
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: chromium }],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
