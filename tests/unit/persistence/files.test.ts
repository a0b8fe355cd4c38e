import { describe, expect, it } from 'vitest';
import { datedFileName, readTextFile } from '../../../src/lib/persistence/files';

describe('files', () => {
  it('names downloads by tool and date', () => {
    expect(datedFileName('assessment', 'json', new Date('2026-12-01T08:30:00Z'))).toBe(
      'iso42001-assessment-2026-12-01.json',
    );
    expect(datedFileName('soa', 'csv', new Date('2026-12-31T23:59:59Z'))).toBe('iso42001-soa-2026-12-31.csv');
  });

  it('reads a file within the limit and refuses a larger one without reading it', async () => {
    expect(await readTextFile(new Blob(['{"a":1}']), 100)).toEqual({ ok: true, value: '{"a":1}' });
    const large = new Blob(['x'.repeat(2048)]);
    const refused = await readTextFile(large, 1024);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason).toContain('larger than 1 KB');
  });
});
