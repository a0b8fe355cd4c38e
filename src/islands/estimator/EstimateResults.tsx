import type { ReactNode } from 'react';
import type { Formatting } from '../../lib/estimator/answers';
import type { CostEstimate } from '../../lib/estimator/costEstimate';
import type { AppliedEffect } from '../../lib/estimator/sources';
import { isoToDate } from '../../lib/estimator/inputShape';
import type { TimelineEstimate } from '../../lib/estimator/timeline';
import type { Range } from '../../lib/estimator/types';
import { formatDate, formatMoneyRange } from '../../lib/format';
import type { EstimatorCopy } from './copy';
import { DataTable } from '../shared/DataTable';
import { fill } from '../shared/text';
import { signedPercent } from './formValues';

interface Props {
  costs: CostEstimate;
  timeline: TimelineEstimate;
  /** False until the page knows today's date (after hydration): the weeks are shown, the dates are not. */
  dated: boolean;
  fmt: Formatting;
  copy: EstimatorCopy;
  /** The cost bars (CostBars), shown above the table with the same figures. */
  chart: ReactNode;
}

function EffectList({ effects, copy }: { effects: AppliedEffect[]; copy: EstimatorCopy }) {
  if (effects.length === 0) return <span className="estimator-muted">{copy.baseRange}</span>;
  return (
    <ul className="estimator-tags">
      {effects.map((effect) => (
        <li key={effect.key} className={effect.supersededBy ? 'estimator-superseded' : undefined}>
          {effect.reason} {signedPercent(effect.percent)}
          {effect.supersededBy && ` ${copy.notCounted}`}
        </li>
      ))}
    </ul>
  );
}

export function EstimateResults({ costs, timeline, dated, fmt, copy, chart }: Props) {
  const money = (range: Range) => formatMoneyRange(range.low, range.high, fmt.locale, fmt.currency);
  const date = (iso: string) => formatDate(isoToDate(iso), fmt.locale);
  const surveillanceWanted = costs.components.some((component) => component.recurring && component.selected);
  const totals = [
    [copy.firstYear, 'first-year-total', money(costs.firstYear)],
    [
      copy.surveillance,
      'surveillance-total',
      surveillanceWanted ? `${money(costs.surveillance)} ${copy.perYear}` : copy.notSelected,
    ],
    [copy.threeYear, 'three-year-total', money(costs.threeYear)],
  ];
  return (
    <>
      <div className="estimator-totals">
        {totals.map(([label, id, value]) => (
          <p className="estimator-total" key={id}>
            <span className="estimator-total-label">{label}</span>
            <strong data-testid={id}>{value}</strong>
          </p>
        ))}
      </div>
      <p className="estimator-muted estimator-note">{copy.totalsNote}</p>

      <h3>{copy.componentsHeading}</h3>
      {chart}
      <DataTable
        caption={copy.componentsCaption}
        head={copy.componentColumns}
        hideCaption
        className="estimator-table"
        scrollRegion={false}
        rows={costs.components.map((component) => ({
          className: component.selected ? undefined : 'estimator-unselected',
          cells: [
            <>
              {component.name}
              {component.recurring && <span className="estimator-muted"> ({copy.perYear})</span>}
            </>,
            <span data-testid={`component-${component.id}`}>
              {component.selected ? (
                money(component)
              ) : (
                <>
                  {copy.notSelected} <span className="estimator-muted">({money(component)})</span>
                </>
              )}
            </span>,
            <EffectList effects={component.effects} copy={copy} />,
          ],
        }))}
      />

      <h3>{copy.timelineHeading}</h3>
      <DataTable
        caption={copy.timelineCaption}
        head={copy.phaseColumns}
        hideCaption
        className="estimator-table"
        scrollRegion={false}
        rows={timeline.phases.map((phase) => [
          phase.name,
          phase.minWeeks === phase.maxWeeks ? phase.minWeeks : `${phase.minWeeks}-${phase.maxWeeks}`,
          <EffectList effects={phase.effects} copy={copy} />,
        ])}
        foot={[
          [
            copy.timelineTotal,
            <span data-testid="total-weeks">
              {timeline.minWeeks}-{timeline.maxWeeks}
            </span>,
            '',
          ],
        ]}
      />
      <p data-testid="certification-dates">
        {dated
          ? fill(copy.dates, { earliest: date(timeline.earliest), latest: date(timeline.latest) })
          : copy.datesPending}
      </p>
      {dated && timeline.target !== 'none' && (
        <p className={`estimator-target estimator-target-${timeline.target}`} data-testid="target-status">
          <strong>{copy.target[timeline.target][0]}</strong> {copy.target[timeline.target][1]}
        </p>
      )}
      <p className="estimator-muted estimator-note">{copy.timelineNote}</p>
    </>
  );
}
