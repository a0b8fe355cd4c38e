/** Whether dist/ reflects the sources, so `npm run check` rebuilds only when it must. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the built pages are made from: a change to any of them makes dist/ stale. */
export const BUILD_INPUTS = ['content', 'src', 'public', 'astro.config.mjs'];

/** Newest modification time (ms) of the files at `paths` under `root`, 0 when there are none. */
export function newestModification(root: string, paths: readonly string[]): number {
  let newest = 0;
  for (const relative of paths) {
    const target = path.join(root, relative);
    if (!existsSync(target)) continue;
    const stat = statSync(target);
    if (stat.isFile()) {
      newest = Math.max(newest, stat.mtimeMs);
      continue;
    }
    for (const entry of readdirSync(target, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** dist/ must be rebuilt when it has no home page or is older than anything it is built from. */
export function distIsStale(root: string, distDir = 'dist', inputs: readonly string[] = BUILD_INPUTS): boolean {
  const builtHome = path.join(root, distDir, 'index.html');
  if (!existsSync(builtHome)) return true;
  return statSync(builtHome).mtimeMs < newestModification(root, inputs);
}
