import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/**
 * Starts recording the scripts a page fetches; call before navigating. The returned function sums
 * gzip -9 sizes of those scripts and of the page's inline scripts, as the budgets count them.
 */
export function recordPageScripts(page: Page): () => Promise<number> {
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  return async () => {
    const inline = await page.$$eval('script:not([src])', (scripts) =>
      (scripts as HTMLScriptElement[])
        .filter((script) => ['', 'module', 'text/javascript'].includes(script.type))
        .map((script) => script.textContent ?? ''),
    );
    const sizes = [...inline, ...(await Promise.all(bodies))].map((code) => gzipSync(code, { level: 9 }).length);
    return sizes.reduce((sum, size) => sum + size, 0);
  };
}
