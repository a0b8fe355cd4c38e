// Where to find Chromium and how to start it on machines where Playwright cannot download its own
// browser (see README): Debian's /usr/bin/chromium, with networking to Google's services switched off.
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export type ChromiumSource = 'environment' | 'system' | 'playwright';

export type ChromiumFinding =
  | { kind: 'found'; path: string; source: ChromiumSource }
  /** A path was set by hand but nothing is there: say so rather than fall back silently. */
  | { kind: 'wrong-path'; variable: string; path: string }
  | { kind: 'missing' };

export interface ChromiumProbe {
  environment: NodeJS.ProcessEnv;
  exists: (file: string) => boolean;
  /** Where Playwright keeps its own Chromium once `npx playwright install chromium` has run. */
  playwrightPath: () => string | undefined;
}

/** CHROMIUM_PATH or CHROME_PATH when set, else Debian's Chromium, else Playwright's own when installed. */
export function findChromium({ environment, exists, playwrightPath }: ChromiumProbe): ChromiumFinding {
  for (const variable of ['CHROMIUM_PATH', 'CHROME_PATH']) {
    const path = environment[variable];
    if (!path) continue;
    return exists(path) ? { kind: 'found', path, source: 'environment' } : { kind: 'wrong-path', variable, path };
  }
  if (exists(DEBIAN_CHROMIUM)) return { kind: 'found', path: DEBIAN_CHROMIUM, source: 'system' };
  const own = playwrightPath();
  return own && exists(own) ? { kind: 'found', path: own, source: 'playwright' } : { kind: 'missing' };
}

/**
 * The executable to hand to Playwright and Lighthouse: a path set by hand or Debian's Chromium;
 * undefined lets Playwright use its own browser.
 */
export function chromiumExecutable(): string | undefined {
  const finding = findChromium({ environment: process.env, exists: existsSync, playwrightPath: () => undefined });
  if (finding.kind === 'found') return finding.path;
  // A wrong hand-set path is passed on, so the launch error names it.
  return finding.kind === 'wrong-path' ? finding.path : undefined;
}

/** The one line `npm test` prints when there is no browser for the end-to-end tests. */
export function missingChromiumMessage(finding: Exclude<ChromiumFinding, { kind: 'found' }>): string {
  const install =
    'install one with `sudo apt-get install chromium` (Debian, Ubuntu) or `npx playwright install chromium`';
  if (finding.kind === 'wrong-path') {
    return `No Chromium at ${finding.path} (set in ${finding.variable}): correct ${finding.variable}, or unset it and ${install}.`;
  }
  return `No Chromium for the end-to-end tests: ${install}, or set CHROMIUM_PATH to a Chromium or Chrome executable.`;
}

/** Flags for headless runs as root in a sandboxed machine without outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
