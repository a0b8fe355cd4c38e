import { gzipSync } from 'node:zlib';

/** Size after gzip at level 9, as the budgets count transferred weight. */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(typeof content === 'string' ? Buffer.from(content) : content, { level: 9 }).length;
}
