// Where to find Chromium and how to start it on machines where Playwright cannot download its own
// browser (see README): Debian's /usr/bin/chromium, with networking to Google's services switched off.
import { existsSync } from 'node:fs';

/** CHROMIUM_PATH or CHROME_PATH when set, else Debian's Chromium when present, else Playwright's own. */
export function chromiumExecutable(): string | undefined {
  const fromEnvironment = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH;
  if (fromEnvironment) return fromEnvironment;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Flags for headless runs as root in a sandboxed machine without outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
