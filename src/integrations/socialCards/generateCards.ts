// The build step: a card for every page of dist/, from the cache when its content is unchanged,
// otherwise rendered (two at a time: the machines that build this site have two cores).
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { cardCacheKey, cardContent, type CardBrand } from '../../lib/socialCards/cardContent';
import { openCardCache } from './cardCache';
import { pagesNeedingCards } from './builtPages';
import type { CardRenderer } from './renderCard';

export interface CardRunOptions {
  distDir: string;
  brand: CardBrand;
  cacheFolder: string;
  renderer: CardRenderer;
  concurrency?: number;
}

export interface CardRunStats {
  cards: number;
  rendered: number;
  /** Cards copied from the cache (or drawn once for several pages with the same content). */
  fromCache: number;
  seconds: number;
  /** CPU time of the step, all threads of the build process (resvg draws on libuv's pool). */
  cpuSeconds: number;
  smallestBytes: number;
  largestBytes: number;
}

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

async function inParallel<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export async function generateCards(options: CardRunOptions): Promise<CardRunStats> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const cache = openCardCache(options.cacheFolder);
  const pages = pagesNeedingCards(options.distDir);
  const rendering = new Map<string, Promise<Buffer>>();
  const stats = { rendered: 0, smallestBytes: Infinity, largestBytes: 0 };

  const renderOnce = (key: string, content: ReturnType<typeof cardContent>): Promise<Buffer> => {
    const pending = rendering.get(key);
    if (pending) return pending;
    const promise = (async () => {
      const png = await options.renderer.render(content);
      stats.rendered++;
      cache.write(key, png);
      return png;
    })();
    rendering.set(key, promise);
    return promise;
  };

  const version = options.renderer.version;
  const concurrency = options.concurrency ?? Math.min(2, availableParallelism());
  await inParallel(pages, concurrency, async (page) => {
    const content = cardContent(page, options.brand);
    const key = cardCacheKey(content, version);
    let png = cache.read(key);
    if (!png) {
      try {
        png = await renderOnce(key, content);
      } catch (cause) {
        throw new Error(`Could not render the social card of ${page.pathname} ("${page.title}")`, { cause });
      }
    }
    const target = path.join(options.distDir, page.cardPath);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, png);
    stats.smallestBytes = Math.min(stats.smallestBytes, png.length);
    stats.largestBytes = Math.max(stats.largestBytes, png.length);
  });
  return {
    cards: pages.length,
    ...stats,
    fromCache: pages.length - stats.rendered,
    smallestBytes: pages.length === 0 ? 0 : stats.smallestBytes,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: cpuSecondsSince(cpuStarted),
  };
}
