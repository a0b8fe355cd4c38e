import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readCardBrand } from './cardBrand';
import { cardCacheFolder } from './cardCache';
import { formatCardSummary } from './cardSummary';
import { generateCards } from './generateCards';
import { createCardRenderer } from './renderCard';

/** Renders the social card (og:image) of every built page into dist/cards/, reusing cached ones. */
export function socialCards(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await generateCards({
          distDir: fileURLToPath(dir),
          brand: readCardBrand(root),
          cacheFolder: cardCacheFolder(root),
          renderer: createCardRenderer(root),
        });
        logger.info(formatCardSummary(stats));
      },
    },
  };
}
