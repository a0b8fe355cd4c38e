import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompressFile, shouldPrecompress } from '../../../../scripts/lib/hosting/precompress';
import { withTempTree } from '../../support/tempTree';

describe('shouldPrecompress', () => {
  it('picks text files big enough to gain, not images or Pagefind’s already-gzipped index', () => {
    expect(shouldPrecompress('controls/a-2-2/index.html', 9000)).toBe(true);
    expect(shouldPrecompress('_astro/client.js', 200_000)).toBe(true);
    expect(shouldPrecompress('robots.txt', 40)).toBe(false);
    expect(shouldPrecompress('logo.png', 9000)).toBe(false);
    expect(shouldPrecompress('pagefind/index/en_1.pf_index', 9000)).toBe(false);
    expect(shouldPrecompress('index.html.gz', 9000)).toBe(false);
  });
});

describe('precompressFile', () => {
  it('writes .gz and .br copies that decompress to the original', () => {
    const html = '<p>Annex A control guidance</p>\n'.repeat(200);
    withTempTree('precompress', { 'index.html': html }, (directory) => {
      const file = path.join(directory, 'index.html');
      const result = precompressFile(file);
      expect(result.bytes).toBe(html.length);
      expect(result.gzipBytes).toBeLessThan(result.bytes);
      expect(result.brotliBytes).toBeLessThan(result.gzipBytes);
      expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(html);
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(html);
    });
  });

  it('skips a copy that would not be smaller', () => {
    withTempTree('precompress', { 'tiny.json': '{}' }, (directory) => {
      const file = path.join(directory, 'tiny.json');
      precompressFile(file);
      expect(existsSync(`${file}.gz`)).toBe(false);
    });
  });
});
