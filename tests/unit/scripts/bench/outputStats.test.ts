import { describe, expect, it } from 'vitest';
import { isPagefindIndexFile, summarizeOutput } from '../../../../scripts/lib/bench/outputStats';
import { listFiles } from '../../../../scripts/lib/files/listFiles';
import { withTempTree } from '../../support/tempTree';

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
    withTempTree('list-files', { 'a/b/page.html': 'hello', 'top.txt': 'x' }, (directory) => {
      expect(listFiles(directory)).toEqual([
        { file: 'a/b/page.html', bytes: 5 },
        { file: 'top.txt', bytes: 1 },
      ]);
    });
  });
});
