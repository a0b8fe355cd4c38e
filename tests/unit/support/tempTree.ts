// Throw-away folders for tests of tooling that reads and writes files.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

export function removeTree(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
