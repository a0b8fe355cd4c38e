import {
  READINESS_ROW,
  layoutReadinessChart,
  type ReadinessInput,
  type ReadinessThreshold,
} from '../../lib/charts/areaReadiness';
import { AxisGrid, ChartFrame, HatchPattern } from '../shared/ChartFrame';

interface Props {
  areas: ReadinessInput[];
  overall: ReadinessInput;
  /** The readiness bands' lowest percentages, from content (assessment.yaml). */
  thresholds: ReadinessThreshold[];
}

const ID = 'readiness-chart';
const percentText = (percent: number | null) => (percent === null ? 'N/A' : `${percent}%`);

/**
 * Readiness per area as bars, the overall figure as a hatched last bar, the bands' thresholds as
 * labelled lines. The table of the same figures stays visible under it (and is what a screen reader
 * user can browse cell by cell). Unlike the estimate's bars it prints: the results are a report.
 */
export function ReadinessChart({ areas, overall, thresholds }: Props) {
  const layout = layoutReadinessChart(areas, overall, thresholds);
  const hatch = `${ID}-hatch`;
  const description = [
    ...[...areas, overall].map((row) => `${row.label}: ${percentText(row.percent)}.`),
    ...layout.references.map((line) => `${line.label} from ${line.percent}%.`),
  ].join(' ');
  return (
    <ChartFrame
      id={ID}
      title="Readiness by area, 0 to 100%"
      description={description}
      caption={`Readiness by area; the hatched bar is the overall figure. Dashed lines: ${layout.references
        .map((line) => `${line.label} from ${line.percent}%`)
        .join(', ')}. The table below gives the same figures.`}
      height={layout.height}
      printed
    >
      <defs>
        <HatchPattern id={hatch} strokeWidth={3} />
      </defs>
      <AxisGrid ticks={layout.ticks} axisY={layout.axisY} />
      {layout.references.map((line) => (
        <line
          key={line.percent}
          className="chart-reference"
          data-threshold={line.percent}
          x1={`${line.xPercent}%`}
          x2={`${line.xPercent}%`}
          y1="0"
          y2={layout.axisY}
        />
      ))}
      {layout.bars.map((bar) => (
        <g key={bar.id} data-area={bar.id} data-percent={bar.percent ?? ''} data-kind={bar.kind}>
          <text className="chart-label chart-halo" x="0" y={bar.labelY + 13}>
            {bar.labelLines.map((line, index) => (
              <tspan key={index} x="0" dy={index === 0 ? 0 : READINESS_ROW.label}>
                {line}
              </tspan>
            ))}
          </text>
          <rect
            className={bar.kind === 'overall' ? 'chart-bar' : 'chart-bar chart-bar-component'}
            x="0"
            y={bar.barY}
            width={`${bar.widthPercent}%`}
            height={READINESS_ROW.bar}
            rx="2"
            fill={bar.kind === 'overall' ? `url(#${hatch})` : undefined}
          />
          <text
            className="chart-value chart-halo"
            x={`${bar.value.xPercent}%`}
            y={bar.value.y}
            dominantBaseline="central"
          >
            {percentText(bar.percent)}
          </text>
        </g>
      ))}
      <line className="chart-axis" x1="0" x2={`${layout.plotEndPercent}%`} y1={layout.axisY} y2={layout.axisY} />
      {layout.ticks.map((tick) => (
        <text
          key={tick.value}
          className="chart-tick"
          x={`${tick.xPercent}%`}
          y={layout.tickLabelY}
          textAnchor={tick.anchor}
        >
          {tick.value}%
        </text>
      ))}
    </ChartFrame>
  );
}
