// A throw-away copy of the project to build with planted content, sharing node_modules by symlink.
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SyntheticUpdate } from './syntheticUpdate';

/** What `astro build` reads; everything else (tests, scripts, dist) stays behind. */
export const BUILD_INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export function copyProject(projectRoot: string, prefix = 'bench-'): string {
  const copy = mkdtempSync(path.join(tmpdir(), prefix));
  try {
    for (const item of BUILD_INPUTS) {
      const source = path.join(projectRoot, item);
      if (existsSync(source)) cpSync(source, path.join(copy, item), { recursive: true });
    }
    symlinkSync(path.join(projectRoot, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  } catch (error) {
    removeCopy(copy);
    throw new Error(`Could not copy the project to ${copy}`, { cause: error });
  }
  return copy;
}

export function writeUpdates(copy: string, updates: readonly SyntheticUpdate[]): void {
  const folder = path.join(copy, 'content/updates');
  for (const update of updates) writeFileSync(path.join(folder, update.fileName), update.source);
}

export function removeCopy(copy: string): void {
  rmSync(copy, { recursive: true, force: true });
}
