// npm run bench:editor [-- --port 4484]
// How long the content editor takes to open under `astro dev`: cold (Vite's dependency cache
// node_modules/.vite removed, as after a fresh `npm ci`) and warm (same server, a second visit).
// Prints figures; it sets no target.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './lib/chromium';

const portFlag = process.argv.indexOf('--port');
const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 4484));
const origin = `http://127.0.0.1:${port}`;
const EDITOR = '/keystatic/collection/updates/create';

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`astro dev did not answer on ${origin} within two minutes`);
}

rmSync('node_modules/.vite', { recursive: true, force: true });
const server = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
  stdio: 'ignore',
  detached: true,
});
const executablePath = chromiumExecutable();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
try {
  await waitForServer();
  for (const visit of ['cold', 'warm', 'warm']) {
    const page = await browser.newPage();
    const started = performance.now();
    await page.goto(`${origin}${EDITOR}`);
    // Ready when the form can be typed in; a cold start may reload once after bundling dependencies.
    await page.getByRole('textbox', { name: /^Title/ }).waitFor({ timeout: 300_000 });
    console.log(`${visit}: editor ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await page.close();
  }
} finally {
  await browser.close();
  if (server.pid) process.kill(-server.pid);
}
