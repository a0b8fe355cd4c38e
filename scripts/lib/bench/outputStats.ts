// What a build wrote to dist/: pages, bytes, the largest page and the search index.
import type { OutputFile } from '../files/listFiles';

export interface OutputStats {
  /** HTML files written, one per page (404.html included). */
  pagesBuilt: number;
  totalBytes: number;
  largestHtml: { file: string; bytes: number };
  /** The search index proper: metadata, index chunks, fragments and filters. */
  pagefindIndexBytes: number;
  /** Everything Pagefind wrote under dist/pagefind/: the index plus its scripts, UI and WebAssembly. */
  pagefindBytes: number;
}

/** Pagefind's index files, as opposed to its scripts, styles and WebAssembly, which do not grow with content. */
export function isPagefindIndexFile(file: string): boolean {
  return /^pagefind\/((index|fragment|filter)\/|[^/]*\.pf_meta$|pagefind-entry\.json$)/.test(file);
}

export function summarizeOutput(files: readonly OutputFile[]): OutputStats {
  const pages = files.filter((entry) => entry.file.endsWith('.html'));
  const largestHtml = pages.reduce((largest, page) => (page.bytes > largest.bytes ? page : largest), {
    file: '',
    bytes: 0,
  });
  return {
    pagesBuilt: pages.length,
    totalBytes: files.reduce((total, entry) => total + entry.bytes, 0),
    largestHtml,
    pagefindIndexBytes: files
      .filter((entry) => isPagefindIndexFile(entry.file))
      .reduce((total, entry) => total + entry.bytes, 0),
    pagefindBytes: files
      .filter((entry) => entry.file.startsWith('pagefind/'))
      .reduce((total, entry) => total + entry.bytes, 0),
  };
}
