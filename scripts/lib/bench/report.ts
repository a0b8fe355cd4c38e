// How the benchmark prints its figures, and how it compares two runs.
import type { OutputStats } from './outputStats';
import type { ResourceFigures } from './timeReport';

/** What the social cards cost: the build's own run on an empty cache, then the card step alone again on the warm cache. */
export interface CardCost {
  cards: number;
  coldSeconds: number;
  coldCpuSeconds: number;
  /** Cards the cold run rendered (pages with the same content share one rendering). */
  coldRendered: number;
  warmSeconds: number;
  warmRendered: number;
  smallestBytes: number;
  largestBytes: number;
}

/** One benchmark run: N synthetic updates added to the site. */
export interface BenchResult extends ResourceFigures, OutputStats {
  syntheticUpdates: number;
  /** The largest HTML page after gzip, to compare with the 60 KB page budget. */
  largestHtmlGzipBytes: number;
  /** Bytes transferred from /pagefind/ for one search on /search/. */
  searchPayloadBytes: number;
  /** How CPU and memory were measured ("GNU time" covers every process of the build). */
  measuredWith: string;
  socialCards: CardCost;
}

const KB = 1024;

/** Bytes for people: 512 B, 3.4 KB, 12.3 MB (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return `${bytes} B`;
  if (bytes < KB * KB) return `${(bytes / KB).toFixed(1)} KB`;
  if (bytes < KB * KB * KB) return `${(bytes / KB / KB).toFixed(1)} MB`;
  return `${(bytes / KB / KB / KB).toFixed(2)} GB`;
}

export function formatSeconds(seconds: number): string {
  return `${seconds.toFixed(1)} s`;
}

/** Whole numbers with thousands separators: 1,122. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

export function formatRatio(ratio: number): string {
  return `×${ratio.toFixed(2)}`;
}

export function outputBytesPerPage(result: Pick<BenchResult, 'totalBytes' | 'pagesBuilt'>): number {
  return result.pagesBuilt === 0 ? 0 : result.totalBytes / result.pagesBuilt;
}

export function formatBenchResult(result: BenchResult): string[] {
  return [
    `Bench: ${formatCount(result.syntheticUpdates)} synthetic updates`,
    `  build time          ${formatSeconds(result.wallSeconds)} wall, ${formatSeconds(result.cpuSeconds)} CPU`,
    `  peak memory         ${formatBytes(result.peakMemoryBytes)} (${result.measuredWith})`,
    `  pages built         ${formatCount(result.pagesBuilt)}`,
    `  output              ${formatBytes(result.totalBytes)} in total, ${formatBytes(Math.round(outputBytesPerPage(result)))} per page`,
    `  largest HTML page   ${formatBytes(result.largestHtml.bytes)}, ${formatBytes(result.largestHtmlGzipBytes)} gzip (${result.largestHtml.file})`,
    `  Pagefind index      ${formatBytes(result.pagefindIndexBytes)} (${formatBytes(result.pagefindBytes)} with its scripts and WebAssembly)`,
    `  search payload      ${formatBytes(result.searchPayloadBytes)} transferred from /pagefind/ for one query`,
    ...formatCardCost(result.socialCards),
  ];
}

function perCardMs(seconds: number, cards: number): number {
  return cards === 0 ? 0 : (seconds / cards) * 1000;
}

export function formatCardCost(cost: CardCost): string[] {
  return [
    `  social cards        ${formatCount(cost.cards)} cards, ${formatBytes(cost.smallestBytes)}-${formatBytes(cost.largestBytes)} each`,
    `    cold cache        ${formatSeconds(cost.coldSeconds)} wall, ${formatSeconds(cost.coldCpuSeconds)} CPU for ${formatCount(cost.coldRendered)} rendered (${perCardMs(cost.coldCpuSeconds, cost.coldRendered).toFixed(0)} ms CPU per card), inside the build time above`,
    `    warm cache        ${formatSeconds(cost.warmSeconds)} wall for the card step run again, ${formatCount(cost.warmRendered)} rendered (${perCardMs(cost.warmSeconds, cost.cards).toFixed(1)} ms per card)`,
  ];
}

export interface Growth {
  from: number;
  to: number;
  pages: number;
  wallSeconds: number;
  wallSecondsPerPage: number;
  cpuSecondsPerPage: number;
  outputBytesPerPage: number;
  peakMemory: number;
  pagefindIndex: number;
  searchPayload: number;
  /** Per-card cold CPU and warm wall time, larger run over smaller. */
  cardColdCpuPerCard: number;
  cardWarmPerCard: number;
}

function ratio(larger: number, smaller: number): number {
  return smaller === 0 ? Number.NaN : larger / smaller;
}

/** How a larger run compares with a smaller one; per-page ratios near 1 mean linear growth. */
export function growthBetween(small: BenchResult, large: BenchResult): Growth {
  return {
    from: small.syntheticUpdates,
    to: large.syntheticUpdates,
    pages: ratio(large.pagesBuilt, small.pagesBuilt),
    wallSeconds: ratio(large.wallSeconds, small.wallSeconds),
    wallSecondsPerPage: ratio(large.wallSeconds / large.pagesBuilt, small.wallSeconds / small.pagesBuilt),
    cpuSecondsPerPage: ratio(large.cpuSeconds / large.pagesBuilt, small.cpuSeconds / small.pagesBuilt),
    outputBytesPerPage: ratio(outputBytesPerPage(large), outputBytesPerPage(small)),
    peakMemory: ratio(large.peakMemoryBytes, small.peakMemoryBytes),
    pagefindIndex: ratio(large.pagefindIndexBytes, small.pagefindIndexBytes),
    searchPayload: ratio(large.searchPayloadBytes, small.searchPayloadBytes),
    cardColdCpuPerCard: ratio(
      large.socialCards.coldCpuSeconds / large.socialCards.coldRendered,
      small.socialCards.coldCpuSeconds / small.socialCards.coldRendered,
    ),
    cardWarmPerCard: ratio(
      large.socialCards.warmSeconds / large.socialCards.cards,
      small.socialCards.warmSeconds / small.socialCards.cards,
    ),
  };
}

export function formatGrowth(growth: Growth): string[] {
  const perPage = growth.outputBytesPerPage;
  const verdict = perPage <= 1.1 ? 'flat: output grows linearly' : 'rising: output grows faster than the page count';
  return [
    `Growth from ${formatCount(growth.from)} to ${formatCount(growth.to)} updates`,
    `  pages built         ${formatRatio(growth.pages)}`,
    `  build time          ${formatRatio(growth.wallSeconds)} wall; per page ${formatRatio(growth.wallSecondsPerPage)} wall, ${formatRatio(growth.cpuSecondsPerPage)} CPU`,
    `  output per page     ${formatRatio(perPage)} (${verdict})`,
    `  peak memory         ${formatRatio(growth.peakMemory)}`,
    `  Pagefind index      ${formatRatio(growth.pagefindIndex)}`,
    `  search payload      ${formatRatio(growth.searchPayload)}`,
    `  social cards        per card ${formatRatio(growth.cardColdCpuPerCard)} cold CPU, ${formatRatio(growth.cardWarmPerCard)} warm wall`,
  ];
}
