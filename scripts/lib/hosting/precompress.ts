// Pre-compressed copies of text files (.gz and .br next to the original) for hosts such as nginx
// with gzip_static and brotli_static, so nothing is compressed per request.
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text formats worth compressing. Pagefind's index files are gzipped by Pagefind already. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|csv|ics|map|webmanifest)$/i;

/** Files under this size gain little and cost a request-time file lookup. */
export const MIN_COMPRESS_BYTES = 256;

export function shouldPrecompress(file: string, bytes: number): boolean {
  return COMPRESSIBLE.test(file) && bytes >= MIN_COMPRESS_BYTES;
}

export function gzipBest(content: Buffer): Buffer {
  return gzipSync(content, { level: 9 });
}

export function brotliBest(content: Buffer): Buffer {
  return brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
}

export interface CompressedFile {
  file: string;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/** Writes file.gz and file.br; a copy that would not be smaller is skipped (size reported as the original). */
export function precompressFile(file: string): CompressedFile {
  const content = readFileSync(file);
  const gzipped = gzipBest(content);
  const brotli = brotliBest(content);
  if (gzipped.length < content.length) writeFileSync(`${file}.gz`, gzipped);
  if (brotli.length < content.length) writeFileSync(`${file}.br`, brotli);
  return {
    file,
    bytes: content.length,
    gzipBytes: Math.min(gzipped.length, content.length),
    brotliBytes: Math.min(brotli.length, content.length),
  };
}
