/**
 * The content editor exists under `npm run dev` only (src/integrations/devContentEditor.ts): the
 * production build in dist/ has no editor page, no editor API and no editor code in any chunk.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = path.resolve(import.meta.dirname, '../../dist');
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));

describe('the production build has no content editor', () => {
  it('has pages to look at', () => {
    expect(files).toContain('index.html');
  });

  it('has no editor page or API route', () => {
    expect(existsSync(path.join(dist, 'keystatic'))).toBe(false);
    expect(existsSync(path.join(dist, 'api/keystatic'))).toBe(false);
    expect(files.filter((file) => /(?:^|\/)(?:keystatic|admin)(?:\/|$)/.test(file))).toEqual([]);
  });

  it('ships no editor code: no chunk or page mentions Keystatic', () => {
    const shipped = files.filter((file) => /\.(?:js|mjs|html|css)$/.test(file));
    const mentioning = shipped.filter((file) => /keystatic|keystar/i.test(readFileSync(path.join(dist, file), 'utf8')));
    expect(mentioning).toEqual([]);
  });
});
