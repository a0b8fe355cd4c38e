import type { ReactNode } from 'react';

interface ChartFrameProps {
  /** Prefix for the ids inside the SVG and the figure's data-chart; unique on the page. */
  id: string;
  title: string;
  /** The chart's figures in sentences: what a screen reader reads instead of the drawing. */
  description: string;
  caption: string;
  height: number;
  /** False for a chart whose figures print in a table right beside it (the estimate fits one page). */
  printed: boolean;
  children: ReactNode;
}

/**
 * The frame of src/components/charts/ChartFigure.astro for the islands, with the same classes: a
 * figure with a visible caption around an SVG named by its <title> and described by its <desc>.
 * Astro components cannot render in a hydrated island, so the islands share this one.
 */
export function ChartFrame({ id, title, description, caption, height, printed, children }: ChartFrameProps) {
  return (
    <figure className={printed ? 'chart' : 'chart no-print'} data-chart={id}>
      <svg
        className="chart-svg"
        width="100%"
        height={height}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {children}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

/** Diagonal hatching as in HatchPattern.astro: a bar's kind shows by texture as well as colour. */
export function HatchPattern({ id, strokeWidth }: { id: string; strokeWidth: number }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect className="chart-pattern-ground" width="6" height="6" />
      <line className="chart-pattern-ink" x1="0" y1="0" x2="0" y2="6" strokeWidth={strokeWidth} />
    </pattern>
  );
}

/** Vertical grid lines at an axis's ticks, down to the axis line, as in AxisGrid.astro. */
export function AxisGrid({ ticks, axisY }: { ticks: { value: number; xPercent: number }[]; axisY: number }) {
  return ticks.map((tick) => (
    <line key={tick.value} className="chart-grid" x1={`${tick.xPercent}%`} x2={`${tick.xPercent}%`} y1="0" y2={axisY} />
  ));
}
