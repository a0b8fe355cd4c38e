// The one line the build prints about social cards; the benchmark reads its figures back.
import type { CardRunStats } from './generateCards';

const KB = 1024;

export function formatCardSummary(stats: CardRunStats): string {
  const cpuPerCard = stats.rendered === 0 ? 0 : (stats.cpuSeconds / stats.rendered) * 1000;
  return (
    `Social cards: ${stats.cards} pages, ${stats.rendered} rendered, ${stats.fromCache} from cache ` +
    `in ${stats.seconds.toFixed(2)} s, ${stats.cpuSeconds.toFixed(2)} s CPU (${cpuPerCard.toFixed(0)} ms CPU per rendered card; ` +
    `${(stats.smallestBytes / KB).toFixed(1)}-${(stats.largestBytes / KB).toFixed(1)} KB each)`
  );
}

const SUMMARY =
  /Social cards: (\d+) pages, (\d+) rendered, (\d+) from cache in ([\d.]+) s, ([\d.]+) s CPU \((\d+) ms CPU per rendered card; ([\d.]+)-([\d.]+) KB each\)/;

export interface CardSummary {
  cards: number;
  rendered: number;
  fromCache: number;
  seconds: number;
  cpuSeconds: number;
  cpuMsPerRenderedCard: number;
  smallestKb: number;
  largestKb: number;
}

/** The figures of a summary line in build output, or undefined when `line` is not one. */
export function parseCardSummary(line: string): CardSummary | undefined {
  const match = SUMMARY.exec(line);
  if (!match) return undefined;
  const [cards, rendered, fromCache, seconds, cpuSeconds, cpuMsPerRenderedCard, smallestKb, largestKb] = match
    .slice(1)
    .map(Number);
  return {
    cards: cards!,
    rendered: rendered!,
    fromCache: fromCache!,
    seconds: seconds!,
    cpuSeconds: cpuSeconds!,
    cpuMsPerRenderedCard: cpuMsPerRenderedCard!,
    smallestKb: smallestKb!,
    largestKb: largestKb!,
  };
}
