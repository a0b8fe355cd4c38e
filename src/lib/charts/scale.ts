/**
 * Linear scales for build-time charts. Positions are percentages of the chart's width, so the SVG
 * can stretch to any screen while its text keeps its real size (no viewBox shrinking text on phones).
 */

/** Where a value sits along an axis from 0 to `max`, as a percentage of the plot width. */
export function percentOf(value: number, max: number): number {
  if (!(max > 0)) throw new Error(`A chart scale needs a positive maximum, got ${max}`);
  return round((Math.min(Math.max(value, 0), max) / max) * 100);
}

/** Rounds to 0.01 so the SVG carries short, stable numbers. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Tick values from 0 to the first tick at or above `max`, in steps of 1, 2, 2.5 or 5 times a power
 * of ten: the step that closes the axis nearest to `max`, then the one with about `target` intervals.
 */
export function niceTicks(max: number, target = 4): number[] {
  if (!(max > 0)) throw new Error(`Ticks need a positive maximum, got ${max}`);
  const power = 10 ** Math.floor(Math.log10(max / target));
  const candidates = [0.5, 1, 2, 2.5, 5, 10, 20]
    .map((factor) => factor * power)
    .map((step) => ({ step, intervals: Math.ceil(max / step - 1e-9) }))
    .filter(({ intervals }) => intervals >= 2 && intervals <= target + 2)
    .sort(
      (a, b) =>
        a.step * a.intervals - b.step * b.intervals || Math.abs(a.intervals - target) - Math.abs(b.intervals - target),
    );
  const { step, intervals } = candidates[0] ?? { step: max, intervals: 1 };
  return Array.from({ length: intervals + 1 }, (_, index) => round(index * step));
}

export interface AxisTick {
  value: number;
  xPercent: number;
  /** The end labels are aligned inwards so they never run off a narrow screen. */
  anchor: 'start' | 'middle' | 'end';
}

/** Places tick values along an axis that ends at the last one. */
export function axisTicks(values: readonly number[]): AxisTick[] {
  const max = values.at(-1) ?? 0;
  return values.map((value, index) => ({
    value,
    xPercent: percentOf(value, max),
    anchor: index === 0 ? 'start' : index === values.length - 1 ? 'end' : 'middle',
  }));
}
