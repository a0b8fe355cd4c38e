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

/** Where there is room, a year of the axis is this tall; the axis stretches where labels need more. */
export const TIMELINE_YEAR_HEIGHT = 72;
const MS_PER_YEAR = 365.25 * 24 * 60 * 60 * 1000;
const pxPerMs = TIMELINE_YEAR_HEIGHT / MS_PER_YEAR;

interface Anchor {
  time: number;
  /** Room the anchor's label takes below it before the next anchor may start. */
  room: number;
}

/**
 * Heights along the axis for `anchors` (sorted by time): each follows the one before at the distance
 * its time gives, or lower when the label of the one before needs more room. Time thus only ever
 * runs downwards, at one pace wherever milestones are sparse.
 */
function placeAnchors(anchors: readonly Anchor[], top: number): number[] {
  const heights: number[] = [];
  for (const [index, anchor] of anchors.entries()) {
    const previous = anchors[index - 1];
    const previousY = heights[index - 1];
    if (!previous || previousY === undefined) {
      heights.push(top);
      continue;
    }
    heights.push(round(Math.max(previousY + (anchor.time - previous.time) * pxPerMs, previousY + previous.room)));
  }
  return heights;
}

/** The height of `time` between the placed anchors around it, linear in time within that stretch. */
function interpolate(anchors: readonly Anchor[], heights: readonly number[], time: number): number {
  const after = anchors.findIndex((anchor) => anchor.time >= time);
  if (after <= 0) return heights[Math.max(after, 0)]!;
  const [from, to] = [anchors[after - 1]!, anchors[after]!];
  const [fromY, toY] = [heights[after - 1]!, heights[after]!];
  return round(fromY + ((time - from.time) / (to.time - from.time)) * (toY - fromY));
}

/**
 * Places milestones on a time axis running down the page, with `today` marked, and each day's label
 * beside its marks. The axis spans whole years from the earliest date (or today) to the latest. Time
 * runs at one pace where milestones are sparse; where they crowd, the axis stretches just enough for
 * their labels, so a label never drifts away from its mark. Year ticks say where each year starts.
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
    onDay: onDay.map((milestone) => ({ milestone, titleLines: wrapLabel(milestone.title, TITLE_CHARACTERS) })),
  }));
  const blockHeight = (day: (typeof labelled)[number]) =>
    TIMELINE_ROW.line * (1 + day.onDay.reduce((lines, entry) => lines + entry.titleLines.length, 0)) + TIMELINE_ROW.gap;

  // A year tick takes no room of its own (its label is left of the axis); a day takes its label's.
  // On a 1 January the tick comes first, so the day's marks sit on it.
  const yearAnchors = Array.from({ length: lastYear - firstYear + 1 }, (_, index) => ({
    time: startOfYear(firstYear + index),
    room: 0,
    year: firstYear + index,
  }));
  const dayAnchors = labelled.map((day) => ({ time: day.time, room: blockHeight(day), day }));
  const anchors = [...yearAnchors, ...dayAnchors].sort((a, b) => a.time - b.time || a.room - b.room);
  const axisTop = TIMELINE_ROW.top;
  const heights = placeAnchors(anchors, axisTop);
  const heightOf = new Map(anchors.map((anchor, index) => [anchor, heights[index]!]));

  const placed: PlacedMilestone[] = [];
  const dates: DateLabel[] = [];
  for (const anchor of dayAnchors) {
    const markY = heightOf.get(anchor)!;
    let y = markY + 4;
    dates.push({ text: anchor.day.onDay[0]!.milestone.dateText, y, markY });
    for (const [index, { milestone, titleLines }] of anchor.day.onDay.entries()) {
      y += TIMELINE_ROW.line;
      placed.push({ ...milestone, markX: TIMELINE_X.axis + index * TIMELINE_X.markGap, markY, titleLines, titleY: y });
      y += TIMELINE_ROW.line * (titleLines.length - 1);
    }
  }
  const years = yearAnchors.map((anchor) => ({ year: anchor.year, y: heightOf.get(anchor)! }));
  const axisBottom = years.at(-1)!.y;
  const todayY = interpolate(anchors, heights, today.getTime());
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
