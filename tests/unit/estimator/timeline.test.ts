import { describe, expect, it } from 'vitest';
import { defaultInputs, type EstimatorInputs } from '../../../src/lib/estimator/inputs';
import { addWeeks, estimateTimeline, localToday } from '../../../src/lib/estimator/timeline';
import { fixtureModel } from './fixtures';

const model = fixtureModel();
const inputs = (changes: Partial<EstimatorInputs> = {}): EstimatorInputs => ({ ...defaultInputs(), ...changes });
const TODAY = '2026-11-28';

describe('estimateTimeline', () => {
  it('sums the phases and dates certification from today', () => {
    const timeline = estimateTimeline(inputs(), model, TODAY);
    expect([timeline.minWeeks, timeline.maxWeeks]).toEqual([15, 22]);
    expect(timeline.earliest).toBe('2027-03-13');
    expect(timeline.latest).toBe('2027-05-01');
  });

  it('applies week effects and rounds to whole weeks, never below one week', () => {
    const timeline = estimateTimeline(inputs({ aiInventory: true, certifications: ['iso27001'] }), model, TODAY);
    const byId = Object.fromEntries(timeline.phases.map((phase) => [phase.id, [phase.minWeeks, phase.maxWeeks]]));
    expect(byId['gap-analysis']).toEqual([1, 2]); // 2 x 0.5 = 1, 3 x 0.5 = 1.5 -> 2
    expect(byId['framework-design']).toEqual([2, 3]); // 3 x 0.75 = 2.25 -> 2, 4 x 0.75 = 3
  });

  it('does not depend on the services chosen', () => {
    const all = estimateTimeline(inputs(), model, TODAY);
    const none = estimateTimeline(inputs({ services: [] }), model, TODAY);
    expect(none).toEqual(all);
  });

  it.each([
    ['', 'none'],
    ['2026-11-01', 'past'],
    ['2027-01-01', 'too-soon'],
    ['2027-03-13', 'tight'],
    ['2027-04-30', 'tight'],
    ['2027-05-01', 'comfortable'],
  ])('target %s is %s', (targetDate, status) => {
    expect(estimateTimeline(inputs({ targetDate }), model, TODAY).target).toBe(status);
  });
});

describe('dates', () => {
  it('adds weeks across months and years', () => {
    expect(addWeeks('2026-12-25', 1)).toBe('2027-01-01');
    expect(addWeeks('2028-02-22', 1)).toBe('2028-02-29');
  });

  it('formats the local date as YYYY-MM-DD', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
