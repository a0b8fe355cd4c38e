import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPagefindIndexFile, summarizeOutput } from '../../../../scripts/lib/bench/outputStats';
import { listFiles } from '../../../../scripts/lib/files/listFiles';

describe('summarizeOutput', () => {
  it('counts pages, bytes, the largest page and the search index', () => {
    const stats = summarizeOutput([
      { file: 'index.html', bytes: 100 },
      { file: 'controls/a-2-2/index.html', bytes: 300 },
      { file: '_astro/app.js', bytes: 50 },
      { file: 'pagefind/pagefind.js', bytes: 20 },
      { file: 'pagefind/index/en_1.pf_index', bytes: 7 },
      { file: 'pagefind/pagefind.en_abc.pf_meta', bytes: 3 },
    ]);
    expect(stats).toEqual({
      pagesBuilt: 2,
      totalBytes: 480,
      largestHtml: { file: 'controls/a-2-2/index.html', bytes: 300 },
      pagefindIndexBytes: 10,
      pagefindBytes: 30,
    });
  });

  it('tells the index from Pagefind scripts and WebAssembly', () => {
    expect(isPagefindIndexFile('pagefind/fragment/en_1.pf_fragment')).toBe(true);
    expect(isPagefindIndexFile('pagefind/filter/en_1.pf_filter')).toBe(true);
    expect(isPagefindIndexFile('pagefind/pagefind-entry.json')).toBe(true);
    expect(isPagefindIndexFile('pagefind/wasm.en.pagefind')).toBe(false);
    expect(isPagefindIndexFile('pagefind/pagefind-ui.js')).toBe(false);
  });
});

describe('listFiles', () => {
  it('lists nested files with forward-slash paths and sizes', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'list-files-'));
    try {
      mkdirSync(path.join(directory, 'a/b'), { recursive: true });
      writeFileSync(path.join(directory, 'a/b/page.html'), 'hello');
      writeFileSync(path.join(directory, 'top.txt'), 'x');
      expect(listFiles(directory)).toEqual([
        { file: 'a/b/page.html', bytes: 5 },
        { file: 'top.txt', bytes: 1 },
      ]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
