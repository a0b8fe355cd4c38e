import { defineConfig } from '@playwright/test';
import e2e, { chromium } from './playwright.config';

/**
 * `npm run test:a11y`: axe (WCAG 2.2 AA) on every page of the sitemap (light theme), one page of each
 * template in the dark theme, and every assessment step (light and dark); CI runs it after `npm test`.
 * Same server and browser as the e2e tests.
 */
export default defineConfig({
  ...e2e,
  testDir: 'tests/a11y',
  // axe on the largest page (/compare/, with its control matrix of some 900 cells) took 85 s when other
  // jobs shared the two cores.
  timeout: 150_000,
  // Every page in the light theme; the dark theme changes only colours, so it sweeps one page of each
  // template and the assessment steps. (The e2e run checks each template in the light theme.)
  projects: [
    { name: 'light', use: { ...chromium, colorScheme: 'light' }, testIgnore: 'templates-dark.spec.ts' },
    {
      name: 'dark',
      use: { ...chromium, colorScheme: 'dark' },
      testMatch: ['assessment-steps.spec.ts', 'templates-dark.spec.ts'],
    },
  ],
});
