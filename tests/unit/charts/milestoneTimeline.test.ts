import { describe, expect, it } from 'vitest';
import {
  layoutMilestoneTimeline,
  TIMELINE_ROW,
  TIMELINE_X,
  TIMELINE_YEAR_HEIGHT,
  type MilestoneInput,
} from '../../../src/lib/charts/milestoneTimeline';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const milestone = (
  id: string,
  iso: string,
  confidence: MilestoneInput['confidence'] = 'confirmed',
): MilestoneInput => ({
  id,
  title: `Milestone ${id}`,
  date: day(iso),
  dateText: iso,
  confidence,
});
const fixture = [
  milestone('late', '2027-07-01', 'reported'),
  milestone('early', '2025-01-01'),
  milestone('same-a', '2026-01-01'),
  milestone('same-b', '2026-01-01', 'reported'),
];

describe('layoutMilestoneTimeline', () => {
  const layout = layoutMilestoneTimeline(fixture, day('2026-07-02'));
  const byId = (id: string) => layout.milestones.find((placed) => placed.id === id)!;
  const yearY = (year: number) => layout.years.find((entry) => entry.year === year)!.y;

  it('runs whole years from the earliest date to the year after the latest', () => {
    expect(layout.years.map((entry) => entry.year)).toEqual([2025, 2026, 2027, 2028]);
    expect(yearY(2025)).toBe(layout.axisTop);
  });

  it('puts each mark at its date, earliest at the top, at one pace where there is room', () => {
    expect(layout.milestones.map((placed) => placed.id)).toEqual(['early', 'same-a', 'same-b', 'late']);
    expect(byId('early').markY).toBe(yearY(2025));
    expect(byId('same-a').markY).toBe(yearY(2026));
    // Nothing else happens in 2027 before July: 181 days at the pace of a quiet year.
    expect(byId('late').markY - yearY(2027)).toBeCloseTo((181 / 365.25) * TIMELINE_YEAR_HEIGHT, 0);
    expect(yearY(2026) - yearY(2025)).toBeCloseTo(TIMELINE_YEAR_HEIGHT, 0);
  });

  it('stretches a crowded stretch so every label sits beside its mark and within its year', () => {
    const crowded = layoutMilestoneTimeline(
      [
        ...Array.from({ length: 6 }, (_, index) => milestone(`m${index}`, `2026-0${index + 1}-01`)),
        milestone('x', '2027-06-01'),
      ],
      day('2026-01-01'),
    );
    const year = (value: number) => crowded.years.find((entry) => entry.year === value)!.y;
    for (const date of crowded.dates) expect(date.y - date.markY).toBe(4);
    const last2026 = crowded.milestones.find((placed) => placed.id === 'm5')!;
    expect(last2026.titleY).toBeLessThan(year(2027));
    expect(year(2027) - year(2026)).toBeGreaterThan(TIMELINE_YEAR_HEIGHT);
    expect(year(2028) - year(2027)).toBeCloseTo(TIMELINE_YEAR_HEIGHT, 0);
    const marks = crowded.milestones.map((placed) => placed.markY);
    expect(marks).toEqual([...marks].sort((a, b) => a - b));
  });

  it('sets milestones on the same day side by side, and their titles under one date', () => {
    expect(byId('same-b').markY).toBe(byId('same-a').markY);
    expect(byId('same-b').markX - byId('same-a').markX).toBe(TIMELINE_X.markGap);
    expect(layout.dates.map((date) => date.text)).toEqual(['2025-01-01', '2026-01-01', '2027-07-01']);
    expect(byId('same-b').titleY - byId('same-a').titleY).toBe(TIMELINE_ROW.line);
  });

  it('marks today at its date, between the marks around it', () => {
    // 2 July 2026 is 182 of 365 days from the 1 January 2026 milestones to the 2027 tick.
    const from = byId('same-a').markY;
    expect(layout.today.y).toBeCloseTo(from + (182 / 365) * (yearY(2027) - from), 0);
    expect(layout.today.y).toBeGreaterThan(from);
    expect(layout.today.y).toBeLessThan(yearY(2027));
  });

  it('stretches the axis to hold today when today is after every milestone', () => {
    const later = layoutMilestoneTimeline(fixture, day('2029-03-01'));
    expect(later.years.at(-1)!.year).toBe(2030);
    expect(later.today.y).toBeGreaterThan(later.years.find((entry) => entry.year === 2029)!.y);
  });

  it('never lets one label run into the next', () => {
    const crowded = layoutMilestoneTimeline(
      Array.from({ length: 8 }, (_, index) => milestone(`m${index}`, `2026-01-0${index + 1}`)),
      day('2026-01-01'),
    );
    for (const [index, date] of crowded.dates.entries()) {
      if (index === 0) continue;
      const previousTitle = crowded.milestones[index - 1]!;
      const previousBottom = previousTitle.titleY + TIMELINE_ROW.line * (previousTitle.titleLines.length - 1);
      expect(date.y - previousBottom).toBeGreaterThanOrEqual(TIMELINE_ROW.line);
    }
    expect(crowded.height).toBeGreaterThan(crowded.milestones.at(-1)!.titleY);
  });
});
