import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Every page path the build published, read from its sitemap in dist/ (run `npm run build` first). */
export function sitemapPaths(): string[] {
  const file = path.resolve('dist', 'sitemap-0.xml');
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new Error(`Could not read ${file}: run \`npm run build\` before the end-to-end tests`, { cause });
  }
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}
