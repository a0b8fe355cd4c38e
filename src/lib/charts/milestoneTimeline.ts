import { wrapLabel } from './labels';
import { round } from './scale';

export interface MilestoneInput {
  id: string;
  title: string;
  date: Date;
  /** The date as the page writes it ("2 August 2026", or "December 2023" for a month). */
  dateText: string;
  /** Confirmed dates get a filled circle, reported ones an open diamond: shape, not colour alone. */
  confidence: 'confirmed' | 'reported';
}

export interface PlacedMilestone extends MilestoneInput {
  /** Centre of the mark, in px: on the axis at its date, side by side with others on the same day. */
  markX: number;
  markY: number;
  titleLines: string[];
  /** Baseline of the title's first line, in px. */
  titleY: number;
}

export interface DateLabel {
  text: string;
  /** Baseline of the date line, in px; the titles of the milestones on that day follow it. */
  y: number;
  /** Where the leader from the marks on the axis meets the label. */
  markY: number;
}

export interface MilestoneTimelineLayout {
  milestones: PlacedMilestone[];
  dates: DateLabel[];
  years: { year: number; y: number }[];
  today: { y: number; labelY: number };
  axisTop: number;
  axisBottom: number;
  height: number;
}

/**
 * Horizontal positions in px. The labels start at a fixed x and wrap for the narrowest screen, so the
 * chart reads the same from 320 px up; the time axis runs down the left.
 */
export const TIMELINE_X = { yearLabel: 0, axis: 52, markGap: 11, label: 96 } as const;
/** Vertical rhythm in px: a date line, title lines, a gap before the next date. */
export const TIMELINE_ROW = { line: 16, gap: 10, top: 12, bottom: 16 } as const;
/** About 24 characters of 13 px text fit the 192 px right of the axis on a 320 px screen (DejaVu Sans). */
const TITLE_CHARACTERS = 24;

const startOfYear = (year: number) => Date.UTC(year, 0, 1);

/** The shortest a year is drawn, so a year without milestones still reads as a stretch of time. */
const MIN_YEAR_HEIGHT = 40;

/**
 * Places milestones on a time axis running down the page, with `today` marked, and their labels
 * beside it. The axis spans whole years from the earliest date (or today) to the latest. Time is
 * linear within each year, and each year is drawn as tall as its labels need, so a label sits near
 * its mark instead of far below it after a crowded year; year ticks say where each year starts. A
 * label that would overlap the one above is pushed down, joined to its marks by a leader.
 */
export function layoutMilestoneTimeline(milestones: readonly MilestoneInput[], today: Date): MilestoneTimelineLayout {
  if (milestones.length === 0) throw new Error('A milestone timeline needs at least one milestone');
  const sorted = [...milestones].sort((a, b) => a.date.getTime() - b.date.getTime());
  const days = new Map<number, MilestoneInput[]>();
  for (const milestone of sorted)
    days.set(milestone.date.getTime(), [...(days.get(milestone.date.getTime()) ?? []), milestone]);
  const times = [...sorted.map((milestone) => milestone.date.getTime()), today.getTime()];
  const firstYear = new Date(Math.min(...times)).getUTCFullYear();
  const lastYear = new Date(Math.max(...times)).getUTCFullYear() + 1;
  const labelled = [...days.entries()].map(([time, onDay]) => ({
    time,
    year: new Date(time).getUTCFullYear(),
    onDay: onDay.map((milestone) => ({ milestone, titleLines: wrapLabel(milestone.title, TITLE_CHARACTERS) })),
  }));
  const blockHeight = (day: (typeof labelled)[number]) =>
    TIMELINE_ROW.line * (1 + day.onDay.reduce((lines, entry) => lines + entry.titleLines.length, 0)) + TIMELINE_ROW.gap;
  const yearCount = lastYear - firstYear;
  const heights = Array.from({ length: yearCount }, (_, index) =>
    Math.max(
      MIN_YEAR_HEIGHT,
      labelled.filter((day) => day.year === firstYear + index).reduce((total, day) => total + blockHeight(day), 0),
    ),
  );
  const axisTop = TIMELINE_ROW.top;
  const tops = heights.map((_, index) => axisTop + heights.slice(0, index).reduce((sum, height) => sum + height, 0));
  const yOf = (time: number) => {
    const year = new Date(time).getUTCFullYear();
    const index = year - firstYear;
    const fraction = (time - startOfYear(year)) / (startOfYear(year + 1) - startOfYear(year));
    return round(tops[index]! + fraction * heights[index]!);
  };

  const placed: PlacedMilestone[] = [];
  const dates: DateLabel[] = [];
  // Baseline of the next free line: a label starts at its date, or lower when the one above runs past it.
  let free = axisTop;
  for (const day of labelled) {
    const markY = yOf(day.time);
    let y = Math.max(markY + 4, free + TIMELINE_ROW.line - 4);
    dates.push({ text: day.onDay[0]!.milestone.dateText, y, markY });
    for (const [index, { milestone, titleLines }] of day.onDay.entries()) {
      y += TIMELINE_ROW.line;
      placed.push({ ...milestone, markX: TIMELINE_X.axis + index * TIMELINE_X.markGap, markY, titleLines, titleY: y });
      y += TIMELINE_ROW.line * (titleLines.length - 1);
    }
    free = y + TIMELINE_ROW.gap;
  }
  const endY = round(tops[yearCount - 1]! + heights[yearCount - 1]!);
  const axisBottom = Math.max(endY, free);
  const todayY = yOf(today.getTime());
  const years = Array.from({ length: yearCount + 1 }, (_, index) => ({
    year: firstYear + index,
    y: index < yearCount ? tops[index]! : endY,
  }));
  // "Today" goes under its line, or above it when a year label sits just below.
  const yearBelow = years.some((year) => year.y > todayY && year.y - todayY < TIMELINE_ROW.line + 4);
  return {
    milestones: placed,
    dates,
    years,
    today: { y: todayY, labelY: yearBelow ? todayY - 4 : todayY + 14 },
    axisTop,
    axisBottom,
    height: axisBottom + TIMELINE_ROW.bottom,
  };
}
