// npm run bench -- --pages 100,1000
// Builds a copy of the site with N synthetic updates added and reports time, memory and output.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseBenchArgs } from './lib/bench/benchArgs';
import { trackBuildProgress } from './lib/bench/buildProgress';
import { runMeasuredBuild } from './lib/bench/measuredBuild';
import { summarizeOutput } from './lib/bench/outputStats';
import { listFiles } from './lib/files/listFiles';
import { gzipSize } from './lib/budgets/gzipSize';
import { writeUpdates } from './lib/bench/syntheticFiles';
import { copyProject, removeCopy } from './lib/files/projectCopy';
import { formatBenchResult, formatGrowth, growthBetween, type BenchResult } from './lib/bench/report';
import { measureSearchPayload } from './lib/bench/searchPayload';
import { syntheticUpdate } from './lib/bench/syntheticUpdate';
import { serveStatic } from './lib/hosting/staticServer';
import { measureCardCost, watchCardSummary } from './lib/bench/cardCost';

const projectRoot = path.resolve(import.meta.dirname, '..');
const liveCopies = new Set<string>();

// `finally` does not run when the process is interrupted: remove the copy on Ctrl-C too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const copy of liveCopies) removeCopy(copy);
    console.error(`\n[bench] interrupted; removed ${liveCopies.size} temporary copy(ies)`);
    process.exit(130);
  });
}

async function bench(updates: number, controlSlugs: string[]): Promise<BenchResult> {
  console.log(`\n[bench] ${updates} updates: copying the project…`);
  const copy = copyProject('bench', projectRoot);
  liveCopies.add(copy);
  try {
    writeUpdates(
      copy,
      Array.from({ length: updates }, (_, index) => syntheticUpdate(index, controlSlugs)),
    );
    console.log(
      `[bench] wrote ${updates} synthetic updates to ${path.join(copy, 'content/updates')}; building (astro build && pagefind)…`,
    );
    const progress = trackBuildProgress();
    const cards = watchCardSummary(copy);
    const build = await runMeasuredBuild(
      copy,
      (line) => {
        cards.onLine(line);
        progress.onLine(line).forEach((text) => console.log(text));
      },
      cards.buildEnvironment,
    );
    console.log('[bench] running the social card step again on the warm cache…');
    const socialCards = await measureCardCost(copy, cards.coldRun());
    const output = summarizeOutput(listFiles(path.join(copy, 'dist')));
    const largestHtmlGzipBytes = gzipSize(readFileSync(path.join(copy, 'dist', output.largestHtml.file)));
    console.log('[bench] measuring the search payload in Chromium…');
    const server = await serveStatic(path.join(copy, 'dist'));
    let searchPayloadBytes: number;
    try {
      searchPayloadBytes = await measureSearchPayload(server.url);
    } finally {
      await server.close();
    }
    return { syntheticUpdates: updates, ...build, ...output, largestHtmlGzipBytes, searchPayloadBytes, socialCards };
  } finally {
    removeCopy(copy);
    liveCopies.delete(copy);
  }
}

async function main(): Promise<void> {
  const { pageCounts } = parseBenchArgs(process.argv.slice(2));
  const controlSlugs = readdirSync(path.join(projectRoot, 'content/controls'))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.replace(/\.mdx$/, ''));
  const results: BenchResult[] = [];
  for (const count of pageCounts) results.push(await bench(count, controlSlugs));

  console.log('');
  for (const result of results) console.log(`${formatBenchResult(result).join('\n')}\n`);
  const first = results[0];
  const last = results.at(-1);
  if (first && last && results.length > 1) console.log(formatGrowth(growthBetween(first, last)).join('\n'));
}

main().catch((error: unknown) => {
  console.error('[bench] failed:', error);
  process.exitCode = 1;
});
