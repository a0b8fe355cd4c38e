import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readBuiltSite } from '../../scripts/lib/contentCheck/siteLinks';
import { findBrokenLinks } from './brokenLinks';

/** Fails the build when a page links to a page or anchor of this site that does not exist. */
export function internalLinks(): AstroIntegration {
  return {
    name: 'internal-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { pages, files } = readBuiltSite(root, '.');
        // Pagefind writes its files after the build; /search/ loads them at run time, never by link.
        const broken = findBrokenLinks(pages, files);
        if (broken.length > 0) {
          const lines = broken.map((link) => `${link.page}  links to ${link.href}: ${link.reason}`);
          throw new Error(`Broken internal links (${broken.length}):\n${lines.join('\n')}`);
        }
        logger.info(`Checked internal links on ${pages.length} pages: none broken.`);
      },
    },
  };
}
