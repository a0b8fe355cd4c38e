import { describe, expect, it } from 'vitest';
import { findChromium, missingChromiumMessage, type ChromiumProbe } from '../../../scripts/lib/chromium';

const OWN = '/root/.cache/ms-playwright/chromium-1/chrome-linux/chrome';

function probe(files: string[], environment: NodeJS.ProcessEnv = {}): ChromiumProbe {
  return { environment, exists: (file) => files.includes(file), playwrightPath: () => OWN };
}

describe('findChromium', () => {
  it('prefers a path set by hand, then Debian’s Chromium, then Playwright’s own', () => {
    const everything = ['/opt/chrome', '/usr/bin/chromium', OWN];
    expect(findChromium(probe(everything, { CHROMIUM_PATH: '/opt/chrome' }))).toEqual({
      kind: 'found',
      path: '/opt/chrome',
      source: 'environment',
    });
    expect(findChromium(probe(everything))).toMatchObject({ path: '/usr/bin/chromium', source: 'system' });
    expect(findChromium(probe([OWN]))).toMatchObject({ path: OWN, source: 'playwright' });
  });

  it('reports a hand-set path with nothing there instead of falling back', () => {
    expect(findChromium(probe(['/usr/bin/chromium'], { CHROME_PATH: '/nowhere/chrome' }))).toEqual({
      kind: 'wrong-path',
      variable: 'CHROME_PATH',
      path: '/nowhere/chrome',
    });
  });

  it('is missing when no browser exists anywhere', () => {
    expect(findChromium(probe([]))).toEqual({ kind: 'missing' });
  });
});

describe('missingChromiumMessage', () => {
  it('is one line naming both ways to install a browser', () => {
    const message = missingChromiumMessage({ kind: 'missing' });
    expect(message).not.toContain('\n');
    expect(message).toContain('apt-get install chromium');
    expect(message).toContain('npx playwright install chromium');
  });

  it('names the variable and the path when a hand-set path is wrong', () => {
    const message = missingChromiumMessage({ kind: 'wrong-path', variable: 'CHROMIUM_PATH', path: '/nowhere' });
    expect(message).toMatch(/^No Chromium at \/nowhere \(set in CHROMIUM_PATH\)/);
  });
});
