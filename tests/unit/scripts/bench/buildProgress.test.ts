import { describe, expect, it } from 'vitest';
import { trackBuildProgress } from '../../../../scripts/lib/bench/buildProgress';

describe('trackBuildProgress', () => {
  it('shows build phases and a count every N pages instead of one line per page', () => {
    const progress = trackBuildProgress(2);
    const lines = [
      '\u001b[2m18:11:52\u001b[22m \u001b[34m[build]\u001b[39m Collecting build info...',
      '18:11:55   ├─ /404.html (+38ms) ',
      '18:11:55   ├─ /assessment/index.html (+1.5ms) ',
      '18:11:55 [WARN] [vite] The semantics of the module level directive',
      '18:11:58 [build] 122 page(s) built in 5.77s',
      'Indexed 74 pages',
    ].flatMap((line) => progress.onLine(line));
    expect(lines).toEqual([
      '  [build] Collecting build info...',
      '  … 2 pages rendered',
      '  [build] 122 page(s) built in 5.77s',
      '  Indexed 74 pages',
    ]);
  });
});
