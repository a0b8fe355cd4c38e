import type { Formatting } from '../../lib/estimator/answers';
import { estimateCosts } from '../../lib/estimator/costEstimate';
import type { EstimatorInputs } from '../../lib/estimator/inputShape';
import type { EstimatorModel } from '../../lib/estimator/types';
import { COST_ROW, layoutCostChart, type CostRangeInput } from '../../lib/charts/costRanges';
import { formatMoneyRange } from '../../lib/format';
import type { EstimatorCopy } from './copy';
import { AxisGrid, ChartFrame, HatchPattern } from '../shared/ChartFrame';

interface Props {
  inputs: EstimatorInputs;
  model: EstimatorModel;
  fmt: Formatting;
  copy: EstimatorCopy;
}

const ID = 'estimate-cost-chart';

/**
 * Each selected component's range and the first-year total as bars on one scale, with the geometry of
 * the /costs/ chart (src/lib/charts/costRanges.ts), in the islands' chart frame (shared/ChartFrame.tsx,
 * the React twin of src/components/charts/). The server renders it for the default answers; the
 * island renders it from this module, loaded on demand, once the visitor starts on the form.
 */
export function CostBars({ inputs, model, fmt, copy }: Props) {
  const costs = estimateCosts(inputs, model);
  const money = (low: number, high: number) => formatMoneyRange(low, high, fmt.locale, fmt.currency);
  const ranges: CostRangeInput[] = [
    ...costs.components
      .filter((component) => component.selected)
      .map((component) => ({
        id: component.id,
        label: component.recurring ? `${component.name} (${copy.perYear})` : component.name,
        low: component.low,
        high: component.high,
        kind: component.recurring ? ('recurring' as const) : ('component' as const),
      })),
    { id: 'first-year-total', label: copy.firstYear, ...costs.firstYear, kind: 'total' },
  ];
  const layout = layoutCostChart(ranges);
  // Compact ticks ("$100K"): four full amounts do not fit side by side on a 320 px screen.
  const compactMoney = new Intl.NumberFormat(fmt.locale, {
    style: 'currency',
    currency: fmt.currency,
    notation: 'compact',
  });
  const hatch = `${ID}-hatch`;
  return (
    // Not printed: on paper the components table below carries the same ranges, and the estimate
    // must print on one page (tests/e2e/estimator.spec.ts).
    <ChartFrame
      id={ID}
      title={copy.costChartTitle}
      description={ranges.map((range) => `${range.label}: ${money(range.low, range.high)}.`).join(' ')}
      caption={copy.costChartCaption}
      height={layout.height}
      printed={false}
    >
      <defs>
        <HatchPattern id={hatch} strokeWidth={3} />
      </defs>
      <AxisGrid ticks={layout.ticks} axisY={layout.axisY} />
      {layout.bars.map((bar) => (
        <g key={bar.id} data-range-id={bar.id} data-low={bar.low} data-high={bar.high} data-kind={bar.kind}>
          <text className="chart-label" x="0" y={bar.labelY + 13}>
            {bar.labelLines.map((line, index) => (
              <tspan key={index} x="0" dy={index === 0 ? 0 : COST_ROW.label}>
                {line}
              </tspan>
            ))}
          </text>
          <rect
            className={`chart-bar chart-bar-${bar.kind}`}
            x={`${bar.startPercent}%`}
            y={bar.barY}
            width={`${bar.widthPercent}%`}
            height={COST_ROW.bar}
            rx="2"
            fill={bar.kind === 'total' ? `url(#${hatch})` : undefined}
          />
          <text
            className="chart-value"
            x={`${bar.value.xPercent}%`}
            y={bar.value.y}
            textAnchor={bar.value.anchor}
            dominantBaseline="central"
          >
            {money(bar.low, bar.high)}
          </text>
        </g>
      ))}
      <line className="chart-axis" x1="0" x2="100%" y1={layout.axisY} y2={layout.axisY} />
      {layout.ticks.map((tick) => (
        <text
          key={tick.value}
          className="chart-tick"
          x={`${tick.xPercent}%`}
          y={layout.tickLabelY}
          textAnchor={tick.anchor}
        >
          {compactMoney.format(tick.value)}
        </text>
      ))}
    </ChartFrame>
  );
}
