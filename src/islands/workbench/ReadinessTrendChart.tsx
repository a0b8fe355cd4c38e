/**
 * Overall readiness per snapshot as a line (issue 15, item 3), drawn from layoutReadinessTrend in
 * the frame and classes of the other charts (ChartFrame, charts.css), so the light, dark and print
 * themes apply. A snapshot taken against updated content is an open point, not a colour. The
 * snapshots' table gives the same figures; the SVG's description reads them as sentences.
 */
import { layoutReadinessTrend, type TrendInput } from '../../lib/charts/readinessTrend';
import { ChartFrame } from '../shared/ChartFrame';
import { fill } from '../shared/text';
import type { ProgressCopy } from './progressCopy';

const ID = 'readiness-trend';
const MARKER_RADIUS = 5;

export function ReadinessTrendChart({ inputs, copy }: { inputs: TrendInput[]; copy: ProgressCopy }) {
  const layout = layoutReadinessTrend(inputs);
  const valueText = (percent: number | null) => (percent === null ? copy.notApplicable : `${percent}%`);
  const description = layout.points
    .map((point) =>
      fill(copy.trendPoint, {
        number: point.number,
        name: point.label,
        date: point.date,
        value: valueText(point.percent),
        updated: point.contentChanged ? copy.trendUpdated : '',
      }),
    )
    .join(' ');
  const anyOpen = layout.points.some((point) => point.marker === 'open');
  return (
    <ChartFrame
      id={ID}
      title={copy.trendTitle}
      description={description}
      caption={anyOpen ? `${copy.trendCaption} ${copy.trendOpenPoints}` : copy.trendCaption}
      height={layout.height}
      printed
    >
      {layout.ticks.map((tick) => (
        <g key={tick.value}>
          <line className="chart-grid" x1="0" x2="100%" y1={tick.y} y2={tick.y} />
          <text className="chart-tick" x="0" y={tick.labelY}>
            {tick.value}%
          </text>
        </g>
      ))}
      <line className="chart-axis" x1="0" x2="100%" y1={layout.axisY} y2={layout.axisY} />
      {layout.segments.map((segment, index) => (
        <line
          key={index}
          className="chart-trend-line"
          x1={`${segment.x1Percent}%`}
          y1={segment.y1}
          x2={`${segment.x2Percent}%`}
          y2={segment.y2}
        />
      ))}
      {layout.points.map((point) => (
        <g key={point.id} data-snapshot={point.number} data-percent={point.percent ?? ''} data-marker={point.marker}>
          {point.marker !== 'none' && (
            <circle
              className={point.marker === 'open' ? 'chart-event-open' : 'chart-event-solid'}
              cx={`${point.xPercent}%`}
              cy={point.y}
              r={MARKER_RADIUS}
            />
          )}
          {point.valueY !== null && (
            <text className="chart-value chart-halo" x={`${point.xPercent}%`} y={point.valueY} textAnchor="middle">
              {valueText(point.percent)}
            </text>
          )}
          {point.numbered && (
            <text className="chart-tick" x={`${point.xPercent}%`} y={layout.numberY} textAnchor="middle">
              {point.number}
            </text>
          )}
        </g>
      ))}
      {layout.dates.map((date) => (
        <text
          key={date.anchor}
          className="chart-tick"
          x={`${date.xPercent}%`}
          y={layout.dateY}
          textAnchor={date.anchor}
        >
          {date.text}
        </text>
      ))}
    </ChartFrame>
  );
}
