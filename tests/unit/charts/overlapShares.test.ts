import { describe, expect, it } from 'vitest';
import { layoutOverlapChart, OVERLAP_ROW } from '../../../src/lib/charts/overlapShares';

describe('layoutOverlapChart', () => {
  const layout = layoutOverlapChart([
    { framework: 'ISO/IEC 27001', percent: 60 },
    { framework: 'EU AI Act' },
    { framework: 'GDPR', percent: 45 },
  ]);

  it('draws each share as a bar on a 0-100% axis, so its length reads as a share of the whole', () => {
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 25, 50, 75, 100]);
    expect(layout.rows.map((row) => row.widthPercent)).toEqual([60, null, 45]);
  });

  it('keeps a row without a bar for a framework with no single figure', () => {
    const [first, second, third] = layout.rows;
    expect(second!.barY - first!.barY).toBe(OVERLAP_ROW.label + OVERLAP_ROW.bar + OVERLAP_ROW.after);
    expect(third!.barY - second!.barY).toBe(second!.barY - first!.barY);
    expect(layout.axisY).toBe(third!.barY + OVERLAP_ROW.bar + OVERLAP_ROW.after);
  });

  it('moves a bar when the figure in the data changes', () => {
    expect(layoutOverlapChart([{ framework: 'GDPR', percent: 80 }]).rows[0]!.widthPercent).toBe(80);
  });

  it('refuses a share outside 0-100%', () => {
    expect(() => layoutOverlapChart([{ framework: 'GDPR', percent: 120 }])).toThrow(/GDPR is 120%/);
  });
});
