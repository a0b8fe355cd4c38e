import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, type BuiltPage } from '../lib/internalLinks';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Fails the build when a page links to a page or anchor of this site that does not exist. */
export function internalLinks(): AstroIntegration {
  return {
    name: 'internal-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = listFiles(root).map((file) => `/${path.relative(root, file).split(path.sep).join('/')}`);
        const pages: BuiltPage[] = files
          .filter((file) => file.endsWith('.html'))
          .map((file) => ({
            path: file === '/404.html' ? '/404.html' : file.replace(/index\.html$/, ''),
            html: readFileSync(path.join(root, file), 'utf8'),
          }));
        // Pagefind writes its files after the build; /search/ loads them at run time, never by link.
        const broken = findBrokenLinks(pages, new Set(files));
        if (broken.length > 0) {
          const lines = broken.map((link) => `${link.page}  links to ${link.href}: ${link.reason}`);
          throw new Error(`Broken internal links (${broken.length}):\n${lines.join('\n')}`);
        }
        logger.info(`Checked internal links on ${pages.length} pages: none broken.`);
      },
    },
  };
}
