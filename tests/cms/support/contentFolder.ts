/**
 * The editor spec writes real files into content/. These keep that safe: refuse to start when
 * content/ has uncommitted changes (they would be lost), and put content/ back afterwards.
 */
import { execFileSync } from 'node:child_process';

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' });

/** `git status` lines for content/: empty when it matches the last commit. */
export function contentChanges(): string {
  return git('status', '--porcelain', '--', 'content');
}

/** Undoes every change under content/: edited files back, new files removed. */
export function restoreContent(): void {
  git('checkout', '--', 'content');
  git('clean', '-fdq', '--', 'content');
}
