// Rendered cards kept between builds, by content hash (see cardCacheKey), so an unchanged page is
// copied, not drawn again. The folder is disposable: deleting it only makes the next build slower.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const CARD_CACHE_VARIABLE = 'SOCIAL_CARDS_CACHE_DIR';

/** node_modules/.cache/social-cards (ignored by git, like other tools' caches), or $SOCIAL_CARDS_CACHE_DIR. */
export function cardCacheFolder(root: string): string {
  return process.env[CARD_CACHE_VARIABLE] ?? path.join(root, 'node_modules/.cache/social-cards');
}

export interface CardCache {
  read(key: string): Buffer | undefined;
  write(key: string, png: Buffer): void;
}

export function openCardCache(folder: string): CardCache {
  mkdirSync(folder, { recursive: true });
  const file = (key: string) => path.join(folder, `${key}.png`);
  return {
    read(key) {
      try {
        return readFileSync(file(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw new Error(`Could not read the cached social card ${file(key)}`, { cause: error });
      }
    },
    write(key, png) {
      // Write then rename: a build running at the same time never reads half a file.
      const partial = `${file(key)}.${process.pid}.partial`;
      writeFileSync(partial, png);
      renameSync(partial, file(key));
    },
  };
}
