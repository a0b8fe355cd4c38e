import { formatDate, formatMoney, formatMoneyRange } from '../../lib/format';
import type { CostEstimate, InputReason } from '../../lib/estimator/estimate';
import type { AppliedEffect } from '../../lib/estimator/sources';
import { isoToDate, type Formatting } from '../../lib/estimator/summary';
import type { TimelineEstimate } from '../../lib/estimator/timeline';
import type { Range } from '../../lib/estimator/types';
import type { EstimatorCopy } from './copy';
import { fill } from './formValues';

interface Props {
  costs: CostEstimate;
  /** Null until the page knows today's date (after hydration). */
  timeline: TimelineEstimate | null;
  weeks: {
    min: number;
    max: number;
    phases: { id: string; name: string; minWeeks: number; maxWeeks: number; effects: AppliedEffect[] }[];
  };
  reasons: InputReason[];
  fmt: Formatting;
  surveillanceYears: number;
  targetDate: string;
  copy: EstimatorCopy;
}

const MINUS = '\u2212';
export const signedPercent = (percent: number) => `${percent > 0 ? '+' : MINUS}${Math.abs(percent)}%`;

function signedMoney(amount: number, fmt: Formatting) {
  if (amount === 0) return formatMoney(0, fmt.locale, fmt.currency);
  return `${amount > 0 ? '+' : MINUS}${formatMoney(Math.abs(amount), fmt.locale, fmt.currency)}`;
}

const deltaText = (delta: Range, fmt: Formatting) =>
  `${signedMoney(delta.low, fmt)} to ${signedMoney(delta.high, fmt)}`;
const isZero = (delta: Range) => delta.low === 0 && delta.high === 0;

/** "first-year total -$6,500 to -$20,000, surveillance -$500 to -$2,000 per year." */
function reasonSummary(reason: InputReason, fmt: Formatting, copy: EstimatorCopy): string {
  const counted = reason.costs.filter((effect) => !effect.supersededBy);
  if (reason.costs.length > 0 && counted.length === 0) return copy.superseded;
  if (reason.costs.length === 0) return copy.weeksOnly;
  const parts: string[] = [];
  if (!isZero(reason.firstYearDelta)) parts.push(`first-year total ${deltaText(reason.firstYearDelta, fmt)}`);
  if (!isZero(reason.surveillanceDelta))
    parts.push(`surveillance ${deltaText(reason.surveillanceDelta, fmt)} per year`);
  return parts.length > 0 ? `${parts.join(', ')}.` : copy.noChange;
}

function EffectList({ effects }: { effects: AppliedEffect[] }) {
  if (effects.length === 0) return <span className="estimator-muted">Base range</span>;
  return (
    <ul className="estimator-tags">
      {effects.map((effect) => (
        <li key={effect.key} className={effect.supersededBy ? 'estimator-superseded' : undefined}>
          {effect.reason} {signedPercent(effect.percent)}
          {effect.supersededBy && ' (not counted)'}
        </li>
      ))}
    </ul>
  );
}

export function EstimateResults({ costs, timeline, weeks, reasons, fmt, surveillanceYears, targetDate, copy }: Props) {
  const money = (range: Range) => formatMoneyRange(range.low, range.high, fmt.locale, fmt.currency);
  const date = (iso: string) => formatDate(isoToDate(iso), fmt.locale);
  const surveillanceWanted = costs.components.some((component) => component.recurring && component.selected);
  return (
    <>
      <div className="estimator-totals">
        <p className="estimator-total">
          <span className="estimator-total-label">{copy.firstYear}</span>
          <strong data-testid="first-year-total">{money(costs.firstYear)}</strong>
        </p>
        <p className="estimator-total">
          <span className="estimator-total-label">{copy.surveillance}</span>
          <strong data-testid="surveillance-total">
            {surveillanceWanted ? `${money(costs.surveillance)} per year` : 'Not selected'}
          </strong>
        </p>
        <p className="estimator-total">
          <span className="estimator-total-label">{copy.threeYear}</span>
          <strong data-testid="three-year-total">{money(costs.threeYear)}</strong>
        </p>
      </div>
      <p className="estimator-muted estimator-note">{fill(copy.totalsNote, { years: surveillanceYears })}</p>

      <h3>{copy.componentsHeading}</h3>
      <div className="table-scroll">
        <table className="estimator-table">
          <caption className="visually-hidden">{copy.componentsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">Component</th>
              <th scope="col">Estimate</th>
              <th scope="col">Changed by</th>
            </tr>
          </thead>
          <tbody>
            {costs.components.map((component) => (
              <tr key={component.id} className={component.selected ? undefined : 'estimator-unselected'}>
                <th scope="row">
                  {component.name}
                  {component.recurring && <span className="estimator-muted"> (per year)</span>}
                </th>
                <td data-testid={`component-${component.id}`}>
                  {component.selected ? (
                    money(component)
                  ) : (
                    <span>
                      Not selected <span className="estimator-muted">({money(component)})</span>
                    </span>
                  )}
                </td>
                <td>
                  <EffectList effects={component.effects} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{copy.timelineHeading}</h3>
      <div className="table-scroll">
        <table className="estimator-table">
          <caption className="visually-hidden">{copy.timelineCaption}</caption>
          <thead>
            <tr>
              <th scope="col">Phase</th>
              <th scope="col">Weeks</th>
              <th scope="col">Changed by</th>
            </tr>
          </thead>
          <tbody>
            {weeks.phases.map((phase) => (
              <tr key={phase.id}>
                <th scope="row">{phase.name}</th>
                <td>{phase.minWeeks === phase.maxWeeks ? phase.minWeeks : `${phase.minWeeks}-${phase.maxWeeks}`}</td>
                <td>
                  <EffectList effects={phase.effects} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{copy.timelineTotal}</th>
              <td data-testid="total-weeks">
                {weeks.min}-{weeks.max}
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <p data-testid="certification-dates">
        {timeline
          ? fill(copy.dates, { earliest: date(timeline.earliest), latest: date(timeline.latest) })
          : copy.datesPending}
      </p>
      {timeline && targetDate !== '' && timeline.target !== 'none' && (
        <p className={`estimator-target estimator-target-${timeline.target}`} data-testid="target-status">
          <strong>{copy.target[timeline.target][0]}</strong> {copy.target[timeline.target][1]}
        </p>
      )}
      <p className="estimator-muted estimator-note">{copy.timelineNote}</p>

      <h3>{copy.reasonsHeading}</h3>
      {reasons.length === 0 ? (
        <p>{copy.noReasons}</p>
      ) : (
        <ul className="estimator-reasons">
          {reasons.map((reason) => (
            <li key={reason.key}>
              <strong>{reason.reason}</strong>: {reasonSummary(reason, fmt, copy)}
              <ul className="estimator-effects">
                {[...reason.costs, ...reason.weeks.map((item) => ({ ...item, name: `${item.name} (weeks)` }))].map(
                  (effect) => (
                    <li key={effect.name}>
                      {effect.name} {signedPercent(effect.percent)} because {effect.because}
                      {effect.supersededBy && `; not counted, because ${effect.supersededBy} saves more here`}.
                    </li>
                  ),
                )}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
