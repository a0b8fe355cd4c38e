import { describe, expect, it } from 'vitest';
import { layoutPhaseTimeline, PHASE_ROW, type PhaseInput } from '../../../src/lib/charts/phaseTimeline';

// Fixture phases whose longest path is 20 weeks, so the axis closes at 20 and a week is 5 %.
const fixture: PhaseInput[] = [
  { id: 'first', name: 'First', minWeeks: 2, maxWeeks: 4 },
  { id: 'second', name: 'Second', minWeeks: 4, maxWeeks: 10 },
  { id: 'audit', name: 'Audit', minWeeks: 2, maxWeeks: 6 },
];
const stages = ['Stage A', 'Stage B'];
const rowOf = (phases: PhaseInput[], id: string) =>
  layoutPhaseTimeline(phases, 'audit', stages).rows.find((row) => row.id === id)!;

describe('layoutPhaseTimeline', () => {
  it('starts each phase when the earlier ones end at their shortest and ends it when they all run longest', () => {
    const second = rowOf(fixture, 'second');
    expect([second.earliestStart, second.earliestEnd, second.latestEnd]).toEqual([2, 6, 14]);
    expect(second.solid).toEqual({ xPercent: 10, widthPercent: 20 });
    expect(second.slack).toEqual({ xPercent: 30, widthPercent: 40 });
  });

  it('moves later phases when an earlier phase in the data gets longer', () => {
    const longer = fixture.map((phase) => (phase.id === 'first' ? { ...phase, minWeeks: 4 } : phase));
    expect(rowOf(fixture, 'audit').solid.xPercent).toBe(30);
    expect(rowOf(longer, 'audit').solid.xPercent).toBe(40);
  });

  it('puts the certification decision between the sums of the shortest and longest phases', () => {
    const layout = layoutPhaseTimeline(fixture, 'audit', stages);
    expect(layout.axisMax).toBe(20);
    expect(layout.decision).toMatchObject({ minWeeks: 8, maxWeeks: 20, xPercent: 40, widthPercent: 60 });
    expect(layout.decision.y).toBeGreaterThan(layout.rows.at(-1)!.barY + PHASE_ROW.bar);
  });

  it('marks the audit stages at the start and end of the audit phase only', () => {
    const audit = rowOf(fixture, 'audit');
    expect(audit.stageMarkers).toEqual([
      { name: 'Stage A', xPercent: 30, anchor: 'end' },
      { name: 'Stage B', xPercent: 40, anchor: 'start' },
    ]);
    expect(rowOf(fixture, 'second').stageMarkers).toEqual([]);
  });

  it('writes the weeks before a bar that ends too close to the right edge', () => {
    expect(rowOf(fixture, 'first').value.anchor).toBe('start');
    expect(rowOf(fixture, 'audit').value).toEqual({ xPercent: 29, anchor: 'end' });
  });

  it('names the missing phase when the audit phase id is not in the data', () => {
    expect(() => layoutPhaseTimeline(fixture, 'stage-audit', stages)).toThrow(/"stage-audit"/);
  });
});
