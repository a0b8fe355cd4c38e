// Throw-away folders for tests of tooling that reads and writes files.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Writes `files` (a path relative to `root` mapped to its text) below `root`, creating folders. */
export function writeTree(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

/** Runs `use` on a new temporary folder holding `files`; the folder is removed afterwards, pass or fail. */
export function withTempTree<T>(prefix: string, files: Record<string, string>, use: (root: string) => T): T {
  const root = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  try {
    writeTree(root, files);
    return use(root);
  } finally {
    removeTree(root);
  }
}

/** A temporary copy of the project's `content/`, for tests that plant a mistake in it. */
export function copyOfContent(project: string, prefix: string): string {
  const copy = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  cpSync(path.join(project, 'content'), path.join(copy, 'content'), { recursive: true });
  return copy;
}

/**
 * Replaces `from`, which must occur exactly once, in `file` below `root`: plants a mistake in a copy
 * of the content. Returns the 1-based line of the change, where the check must report it.
 */
export function plant(root: string, file: string, from: string, to: string): number {
  const target = path.join(root, file);
  const text = readFileSync(target, 'utf8');
  const index = text.indexOf(from);
  if (index < 0 || text.indexOf(from, index + 1) >= 0)
    throw new Error(`${from} does not occur exactly once in ${file}`);
  writeFileSync(target, text.replace(from, to));
  return text.slice(0, index).split('\n').length;
}

/** Reading and validating every content file: seconds, not milliseconds, on a busy 2-core machine. */
export const WHOLE_CONTENT_TIMEOUT = 30_000;

export function removeTree(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
