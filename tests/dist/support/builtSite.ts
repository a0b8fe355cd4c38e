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

/** A file of the build by site path ("/_astro/x.js"), or undefined when the build has none. */
export function readSiteFile(sitePath: string): string | undefined {
  const file = path.join(distDir, decodeURIComponent(sitePath));
  if (!file.startsWith(distDir) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return readFileSync(file, 'utf8');
}
