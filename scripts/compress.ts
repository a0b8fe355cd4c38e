// npm run compress
// Writes .gz and .br copies next to every text file in dist/ for hosts that serve pre-compressed
// files (nginx gzip_static/brotli_static; see deploy/nginx.conf). Run after `npm run build`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from './lib/files/listFiles';
import { formatBytes } from './lib/bench/report';
import { precompressFile, shouldPrecompress } from './lib/hosting/precompress';

const dist = path.resolve(import.meta.dirname, '../dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('[compress] no built site in dist/: run `npm run build` first');
  process.exit(1);
}

const candidates = listFiles(dist).filter((entry) => shouldPrecompress(entry.file, entry.bytes));
const results = candidates.map((entry) => precompressFile(path.join(dist, entry.file)));
const total = (pick: (result: (typeof results)[number]) => number) =>
  results.reduce((sum, result) => sum + pick(result), 0);
console.log(
  `[compress] ${results.length} files: ${formatBytes(total((result) => result.bytes))} -> ` +
    `${formatBytes(total((result) => result.gzipBytes))} gzip, ${formatBytes(total((result) => result.brotliBytes))} brotli`,
);
