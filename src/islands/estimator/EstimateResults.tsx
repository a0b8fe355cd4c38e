import type { ReactNode } from 'react';
import type { Formatting } from '../../lib/estimator/answers';
import type { CostEstimate } from '../../lib/estimator/costEstimate';
import type { AppliedEffect } from '../../lib/estimator/sources';
import { isoToDate } from '../../lib/estimator/inputShape';
import type { TimelineEstimate } from '../../lib/estimator/timeline';
import type { Range } from '../../lib/estimator/types';
import { formatDate, formatMoneyRange } from '../../lib/format';
import type { EstimatorCopy } from './copy';
import { fill, signedPercent } from './formValues';

interface Props {
  costs: CostEstimate;
  timeline: TimelineEstimate;
  /** False until the page knows today's date (after hydration): the weeks are shown, the dates are not. */
  dated: boolean;
  fmt: Formatting;
  copy: EstimatorCopy;
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

function Table({ caption, columns, children }: { caption: string; columns: string[]; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <table className="estimator-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}

export function EstimateResults({ costs, timeline, dated, fmt, copy }: Props) {
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
      <Table caption={copy.componentsCaption} columns={copy.componentColumns}>
        <tbody>
          {costs.components.map((component) => (
            <tr key={component.id} className={component.selected ? undefined : 'estimator-unselected'}>
              <th scope="row">
                {component.name}
                {component.recurring && <span className="estimator-muted"> ({copy.perYear})</span>}
              </th>
              <td data-testid={`component-${component.id}`}>
                {component.selected ? (
                  money(component)
                ) : (
                  <span>
                    {copy.notSelected} <span className="estimator-muted">({money(component)})</span>
                  </span>
                )}
              </td>
              <td>
                <EffectList effects={component.effects} copy={copy} />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>

      <h3>{copy.timelineHeading}</h3>
      <Table caption={copy.timelineCaption} columns={copy.phaseColumns}>
        <tbody>
          {timeline.phases.map((phase) => (
            <tr key={phase.id}>
              <th scope="row">{phase.name}</th>
              <td>{phase.minWeeks === phase.maxWeeks ? phase.minWeeks : `${phase.minWeeks}-${phase.maxWeeks}`}</td>
              <td>
                <EffectList effects={phase.effects} copy={copy} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{copy.timelineTotal}</th>
            <td data-testid="total-weeks">
              {timeline.minWeeks}-{timeline.maxWeeks}
            </td>
            <td />
          </tr>
        </tfoot>
      </Table>
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
