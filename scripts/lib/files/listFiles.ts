// Listing a built folder: one helper for the bench, pre-compression, the dist tests and the link check.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface OutputFile {
  /** Path relative to the folder listed, with forward slashes. */
  file: string;
  bytes: number;
}

/** Every file under `directory`, relative paths with forward slashes, sorted. */
export function listFiles(directory: string): OutputFile[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const absolute = path.join(entry.parentPath, entry.name);
      return { file: path.relative(directory, absolute).split(path.sep).join('/'), bytes: statSync(absolute).size };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** Every file under `directory` as a site path ("/rss.xml"). */
export function listSitePaths(directory: string): string[] {
  return listFiles(directory).map((entry) => `/${entry.file}`);
}
