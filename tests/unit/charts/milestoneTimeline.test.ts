import { describe, expect, it } from 'vitest';
import {
  layoutMilestoneTimeline,
  TIMELINE_ROW,
  TIMELINE_X,
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

  it('puts each mark at its date, time running linearly within each year, earliest at the top', () => {
    expect(layout.milestones.map((placed) => placed.id)).toEqual(['early', 'same-a', 'same-b', 'late']);
    expect(byId('early').markY).toBe(yearY(2025));
    expect(byId('same-a').markY).toBe(yearY(2026));
    const perDayIn2027 = (yearY(2028) - yearY(2027)) / 365;
    expect(byId('late').markY).toBeCloseTo(yearY(2027) + 181 * perDayIn2027, 0);
  });

  it('draws a crowded year as tall as its labels, so each label stays within its year', () => {
    const crowded = layoutMilestoneTimeline(
      [
        ...Array.from({ length: 6 }, (_, index) => milestone(`m${index}`, `2026-0${index + 1}-01`)),
        milestone('x', '2027-06-01'),
      ],
      day('2026-01-01'),
    );
    const year = (value: number) => crowded.years.find((entry) => entry.year === value)!.y;
    const last2026 = crowded.milestones.find((placed) => placed.id === 'm5')!;
    expect(last2026.titleY).toBeLessThan(year(2027));
    expect(year(2027) - year(2026)).toBeGreaterThan(year(2028) - year(2027));
  });

  it('sets milestones on the same day side by side, and their titles under one date', () => {
    expect(byId('same-b').markY).toBe(byId('same-a').markY);
    expect(byId('same-b').markX - byId('same-a').markX).toBe(TIMELINE_X.markGap);
    expect(layout.dates.map((date) => date.text)).toEqual(['2025-01-01', '2026-01-01', '2027-07-01']);
    expect(byId('same-b').titleY - byId('same-a').titleY).toBe(TIMELINE_ROW.line);
  });

  it('marks today at its date', () => {
    const perDay = (yearY(2027) - yearY(2026)) / 365;
    expect(layout.today.y).toBeCloseTo(yearY(2026) + 182 * perDay, 0);
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
