import { describe, expect, it } from 'vitest';
import { MAX_SHEET_NAME_LENGTH, toSheetNames } from '../../../src/lib/workbook/sheetNames';

describe('sheet names', () => {
  it('keeps valid names as they are', () => {
    expect(toSheetNames(['Summary', 'Readiness by area', 'SoA'])).toEqual(['Summary', 'Readiness by area', 'SoA']);
  });

  it('replaces the characters Excel forbids and trims apostrophes at either end', () => {
    expect(toSheetNames(['Gaps [open]: a/b\\c*?', "'Owner's list'"])).toEqual(['Gaps -open-- a-b-c--', "Owner's list"]);
  });

  it('shortens long names to 31 characters without splitting an emoji', () => {
    const [long, emoji] = toSheetNames(['Statement of Applicability with all 38 controls', `${'x'.repeat(30)}😀`]);
    expect(long).toBe('Statement of Applicability with');
    expect(long).toHaveLength(MAX_SHEET_NAME_LENGTH);
    expect(emoji).toBe('x'.repeat(30));
  });

  it('makes repeated names unique regardless of case, and avoids the reserved History', () => {
    expect(toSheetNames(['Gap list', 'gap list', 'GAP LIST', 'History'])).toEqual([
      'Gap list',
      'gap list (2)',
      'GAP LIST (3)',
      'History (2)',
    ]);
    const [, second] = toSheetNames(['A'.repeat(40), 'A'.repeat(40)]);
    expect(second).toBe(`${'A'.repeat(27)} (2)`);
  });

  it('names an empty or blank sheet by its position', () => {
    expect(toSheetNames(['Summary', '   ', "''", '\u0007'])).toEqual(['Summary', 'Sheet 2', 'Sheet 3', 'Sheet 4']);
  });
});
