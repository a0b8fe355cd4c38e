// The built site in dist/, as the dist tests read it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { listFiles, type OutputFile } from '../../../scripts/lib/files/listFiles';

export const distDir = path.resolve(import.meta.dirname, '../../../dist');

export function builtFiles(): OutputFile[] {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`No built site in ${distDir}: run \`npm run build\` before \`npm run test:dist\``);
  }
  return listFiles(distDir);
}

export function htmlFiles(): string[] {
  return builtFiles()
    .map((entry) => entry.file)
    .filter((file) => file.endsWith('.html'));
}

/** The words of an HTML fragment: scripts and styles dropped, tags as spaces, common entities decoded. */
export const htmlText = (html: string): string =>
  html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** A file of the build by site path ("/_astro/x.js"), or undefined when the build has none. */
export function readSiteFile(sitePath: string): string | undefined {
  const file = path.join(distDir, decodeURIComponent(sitePath));
  if (!file.startsWith(distDir) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return readFileSync(file, 'utf8');
}
