// Turns the build's own output into a few progress lines instead of one line per page.

/** Astro prints one line per generated page, ending in "index.html (+3ms)" or similar. */
const PAGE_LINE = /\.html\b.*\(\+\d+(\.\d+)?m?s\)/;
/** Phases worth showing as they happen. */
const PHASE_LINE =
  /\[build\] (Collecting|Building static|Rearranging|✓ Completed|\d+ page\(s\) built)|\[content\] Synced|generating static routes|Running Pagefind|Indexed \d+ pages|Finished in/i;

export interface ProgressTracker {
  /** Returns the lines to print for one line of build output (often none). */
  onLine(line: string): string[];
}

export function trackBuildProgress(every = 250): ProgressTracker {
  let pages = 0;
  return {
    onLine(line) {
      const text = line.replace(/\x1b\[[0-9;]*m/g, '').trim();
      if (PAGE_LINE.test(text)) {
        pages++;
        return pages % every === 0 ? [`  … ${pages} pages rendered`] : [];
      }
      return PHASE_LINE.test(text) ? [`  ${text.replace(/^\d\d:\d\d:\d\d\s*/, '')}`] : [];
    },
  };
}
