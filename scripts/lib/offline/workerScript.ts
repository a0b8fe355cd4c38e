// Puts together dist/sw.js: the build's manifest in front of the bundled worker
// (src/scripts/serviceWorker.ts), under a build id that changes whenever a stored file or the
// worker's code does. Browsers compare sw.js byte by byte, so a new id is what installs a new worker.
import { createHash } from 'node:crypto';
import type { OfflineManifest } from '../../../src/lib/offline/serviceWorker';

/** The global the worker's entry reads its manifest from. */
export const MANIFEST_GLOBAL = 'OFFLINE_MANIFEST';

export interface StoredFile {
  path: string;
  content: Uint8Array | string;
}

/** Hex digest (16 characters) of each stored file's path and bytes, in order, and of the worker's code. */
export function buildIdFor(files: readonly StoredFile[], workerCode: string): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file.path).update('\0').update(file.content).update('\0');
  }
  // Trimmed as workerScript writes it, so the id can be checked against sw.js itself.
  return hash.update(workerCode.trim()).digest('hex').slice(0, 16);
}

export function workerScript(manifest: OfflineManifest, workerCode: string): string {
  const header = `// Service worker for offline use, written by the build (src/integrations/serviceWorker.ts).\n`;
  return `${header}var ${MANIFEST_GLOBAL}=${JSON.stringify(manifest)};\n${workerCode.trim()}\n`;
}
