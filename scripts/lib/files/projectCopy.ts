/**
 * A throw-away copy of the project to build with planted content: what the build and the scripts
 * read is copied, node_modules is linked, and the real dist/ is never touched. Used by the bench
 * and by every build test.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The project's root folder. */
export const projectRoot = path.resolve(import.meta.dirname, '../../..');

/** What `astro build` and `npm run check` read; tests, dist and node_modules stay behind. */
export const BUILD_INPUTS = [
  'src',
  'content',
  'public',
  'scripts',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
];

export function copyProject(prefix: string, root = projectRoot): string {
  const copy = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  try {
    for (const item of BUILD_INPUTS) {
      const source = path.join(root, item);
      if (existsSync(source)) cpSync(source, path.join(copy, item), { recursive: true });
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  } catch (error) {
    removeCopy(copy);
    throw new Error(`Could not copy the project to ${copy}`, { cause: error });
  }
  return copy;
}

export function removeCopy(copy: string): void {
  rmSync(copy, { recursive: true, force: true });
}
