/**
 * Writes dist/sw.js after the build: the worker (src/scripts/serviceWorker.ts) bundled on its own,
 * with the list of files to store at install (scripts/lib/offline/precacheList.ts) and a build id
 * from their contents. Runs last among the build:done integrations, once every page is written.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'vite';
import { pageFile, precacheList } from '../../scripts/lib/offline/precacheList';
import { OFFLINE_PAGE } from '../lib/offline/offlinePages';
import { buildIdFor, workerScript } from '../../scripts/lib/offline/workerScript';
import { SERVICE_WORKER_PATH } from '../lib/offline/workerProtocol';

const WORKER_ENTRY = fileURLToPath(new URL('../scripts/serviceWorker.ts', import.meta.url));

function siteFileReader(distDir: string) {
  return (sitePath: string): Buffer | undefined => {
    const file = path.join(distDir, decodeURIComponent(sitePath));
    if (!file.startsWith(distDir) || !existsSync(file) || !statSync(file).isFile()) return undefined;
    return readFileSync(file);
  };
}

/** The worker's code as one classic script: service workers cannot rely on module support everywhere. */
async function bundleWorker(): Promise<string> {
  // Vite is already the build's bundler. (A dynamic import() here fails: Astro closes the module
  // runner that loaded this config before build:done.)
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      lib: { entry: WORKER_ENTRY, formats: ['iife'], name: 'siteServiceWorker' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((item) => item.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error(`Bundling ${WORKER_ENTRY} produced no script`);
}

export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const readFile = siteFileReader(distDir);
        const { paths, missing } = precacheList((sitePath) => readFile(sitePath)?.toString('utf8'));
        if (missing.length > 0) {
          throw new Error(`Service worker: the pages to store offline refer to missing files: ${missing.join(', ')}`);
        }
        const stored = paths.map((sitePath) => ({ path: sitePath, content: readFile(pageFile(sitePath)) ?? '' }));
        const workerCode = await bundleWorker();
        const manifest = { buildId: buildIdFor(stored, workerCode), precache: paths, offlinePage: OFFLINE_PAGE };
        const script = workerScript(manifest, workerCode);
        writeFileSync(path.join(distDir, SERVICE_WORKER_PATH), script);
        const bytes = stored.reduce((sum, file) => sum + file.content.length, 0);
        logger.info(
          `${SERVICE_WORKER_PATH}: build ${manifest.buildId}, ${paths.length} files stored at install ` +
            `(${(bytes / 1000).toFixed(1)} KB), worker ${(script.length / 1000).toFixed(1)} KB`,
        );
      },
    },
  };
}
