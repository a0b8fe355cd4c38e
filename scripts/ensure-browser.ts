// First step of `npm test`: the end-to-end tests need Chromium. Find one, or try to install
// Playwright's own, or stop before the build with one line that says what to install, rather than
// let every end-to-end test fail on a missing browser.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium, missingChromiumMessage } from './lib/chromium';

function playwrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

const probe = () => findChromium({ environment: process.env, exists: existsSync, playwrightPath });

let finding = probe();
if (finding.kind === 'missing') {
  console.log('No Chromium found for the end-to-end tests; trying `npx playwright install chromium`...');
  spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 10 * 60_000 });
  finding = probe();
}
if (finding.kind !== 'found') {
  console.error(missingChromiumMessage(finding));
  process.exit(1);
}
console.log(`Chromium for the end-to-end tests: ${finding.path} (${finding.source})`);
