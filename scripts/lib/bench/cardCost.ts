// The social cards' share of the benchmark: the build renders every card into an empty cache of
// its own (cold) and prints a summary line; the card step then runs again alone on that cache (warm).
import path from 'node:path';
import { readCardBrand } from '../../../src/integrations/socialCards/cardBrand';
import { CARD_CACHE_VARIABLE } from '../../../src/integrations/socialCards/cardCache';
import { parseCardSummary, type CardSummary } from '../../../src/integrations/socialCards/cardSummary';
import { generateCards } from '../../../src/integrations/socialCards/generateCards';
import { createCardRenderer } from '../../../src/integrations/socialCards/renderCard';
import type { CardCost } from './report';

export interface CardSummaryWatch {
  /** Give the build this environment: a cache folder inside the copy, empty, not node_modules' shared one. */
  buildEnvironment: Record<string, string>;
  onLine(line: string): void;
  /** The build's summary line, read back; fails when the build printed none. */
  coldRun(): CardSummary;
}

const cacheFolderOf = (copy: string) => path.join(copy, 'social-card-cache');

export function watchCardSummary(copy: string): CardSummaryWatch {
  let summary: CardSummary | undefined;
  return {
    buildEnvironment: { [CARD_CACHE_VARIABLE]: cacheFolderOf(copy) },
    onLine(line) {
      summary = parseCardSummary(line) ?? summary;
    },
    coldRun() {
      if (!summary) throw new Error('The build printed no "Social cards:" line: is the social-cards integration on?');
      return summary;
    },
  };
}

export async function measureCardCost(copy: string, cold: CardSummary): Promise<CardCost> {
  const warm = await generateCards({
    distDir: path.join(copy, 'dist'),
    brand: readCardBrand(copy),
    cacheFolder: cacheFolderOf(copy),
    renderer: createCardRenderer(copy),
  });
  return {
    cards: cold.cards,
    coldSeconds: cold.seconds,
    coldCpuSeconds: cold.cpuSeconds,
    coldRendered: cold.rendered,
    warmSeconds: warm.seconds,
    warmRendered: warm.rendered,
    smallestBytes: warm.smallestBytes,
    largestBytes: warm.largestBytes,
  };
}
