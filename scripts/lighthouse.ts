// npm run lighthouse [-- --runs 3] [--page /compare/ ...]
// Lighthouse (mobile) on a served build for one page of each template; fails below 95 in any category.
// Each page is audited --runs times (default 3) and the median run by performance score is reported.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromiumExecutable } from './lib/chromium';
import { serveStatic } from './lib/hosting/staticServer';
import {
  formatLighthouseTable,
  formatLostPoints,
  medianRun,
  newestUpdatePage,
  pagesBelow,
  summarizeLighthouse,
  type LighthouseResult,
  type PageSummary,
} from './lib/lighthouse/summary';

const run = promisify(execFile);
const LIGHTHOUSE_VERSION = (
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../node_modules/lighthouse/package.json'), 'utf8')) as {
    version: string;
  }
).version;
const projectRoot = path.resolve(import.meta.dirname, '..');
const dist = path.join(projectRoot, 'dist');
const MINIMUM_SCORE = 95;
/** Attempts per run when Lighthouse reports a runtime error (a lost trace on a busy machine). */
const ATTEMPTS = 3;

function runsFromArguments(args: readonly string[]): number {
  const index = args.indexOf('--runs');
  const value = index === -1 ? '3' : args[index + 1];
  if (!value || !/^[1-9]\d*$/.test(value))
    throw new Error('--runs expects a whole number of at least 1, e.g. --runs 3');
  return Number(value);
}

/** Pages named with --page (repeatable), to re-measure one page after a change; else the default list. */
function pagesFromArguments(args: readonly string[], defaults: readonly string[]): readonly string[] {
  const chosen = args.flatMap((argument, index) => (argument === '--page' ? [args[index + 1]] : []));
  for (const page of chosen) {
    if (!page?.startsWith('/')) throw new Error('--page expects a site path, e.g. --page /compare/');
  }
  return chosen.length > 0 ? (chosen as string[]) : defaults;
}

async function ensureBuilt(): Promise<void> {
  if (existsSync(path.join(dist, 'index.html'))) return;
  console.log('[lighthouse] no dist/ yet: running `npm run build`…');
  await run('npm', ['run', 'build'], { cwd: projectRoot, maxBuffer: 64 * 1024 * 1024 });
}

async function auditOnce(url: string, output: string): Promise<LighthouseResult> {
  const chromePath = chromiumExecutable();
  try {
    await run(
      path.join(projectRoot, 'node_modules/.bin/lighthouse'),
      [
        url,
        '--output=json',
        `--output-path=${output}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless --no-sandbox --disable-gpu',
        '--quiet',
      ],
      {
        cwd: projectRoot,
        env: { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
  } catch (error) {
    // Lighthouse exits non-zero on a runtime error but still writes its report, which says why.
    if (!existsSync(output)) throw new Error(`Lighthouse failed on ${url}`, { cause: error });
  }
  return JSON.parse(readFileSync(output, 'utf8')) as LighthouseResult;
}

async function audit(url: string, output: string): Promise<LighthouseResult> {
  let result = await auditOnce(url, output);
  for (let attempt = 2; attempt <= ATTEMPTS && result.runtimeError; attempt++) {
    console.log(`  Lighthouse reported ${result.runtimeError.code}; trying again (${attempt}/${ATTEMPTS})`);
    result = await auditOnce(url, output);
  }
  return result;
}

async function main(): Promise<void> {
  const runs = runsFromArguments(process.argv.slice(2));
  await ensureBuilt();
  const update = newestUpdatePage(readdirSync(path.join(dist, 'updates')));
  // A guidance page, an update, the pages with the largest build-time charts, and every tool.
  const pages = pagesFromArguments(process.argv.slice(2), [
    '/',
    '/controls/a-6-2-8/',
    ...(update ? [update] : []),
    '/compare/',
    '/eu-ai-act/timeline/',
    '/assessment/',
    '/estimate/',
    '/eu-ai-act/check/',
    '/assessment/workbench/',
  ]);
  const server = await serveStatic(dist);
  const reports = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));
  const summaries: PageSummary[] = [];
  try {
    for (const page of pages) {
      const pageRuns: PageSummary[] = [];
      for (let run = 1; run <= runs; run++) {
        console.log(`[lighthouse] ${page} (run ${run} of ${runs})…`);
        const output = path.join(reports, `report-${summaries.length}-${run}.json`);
        pageRuns.push(summarizeLighthouse(page, await audit(`${server.url}${page}`, output)));
      }
      summaries.push(medianRun(pageRuns));
    }
  } finally {
    await server.close();
    rmSync(reports, { recursive: true, force: true });
  }

  const runsNote = runs > 1 ? `, median of ${runs} runs` : '';
  console.log(
    `\nLighthouse ${LIGHTHOUSE_VERSION} (mobile, simulated throttling${runsNote})\n${formatLighthouseTable(summaries).join('\n')}`,
  );
  const lost = summaries.flatMap(formatLostPoints);
  if (lost.length > 0) console.log(`\nWhere points were lost\n${lost.join('\n')}`);
  const failing = pagesBelow(summaries, MINIMUM_SCORE);
  if (failing.length > 0) {
    console.error(`\nBelow ${MINIMUM_SCORE}: ${failing.join('; ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error('[lighthouse] failed:', error);
  process.exitCode = 1;
});
