import { formatDate, formatMoneyRange } from '../format';
import type { CostEstimate } from './estimate';
import type { EstimatorInputs } from './inputs';
import type { TimelineEstimate } from './timeline';
import type { EstimatorModel } from './types';

export interface Formatting {
  locale: string;
  currency: string;
}

export const isoToDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Human-readable answers, as label/value pairs, for the print summary and the e-mail. */
export function describeInputs(inputs: EstimatorInputs, model: EstimatorModel, fmt: Formatting): [string, string][] {
  const { pricing } = model;
  const certifications = pricing.certifications.filter((item) => inputs.certifications.includes(item.id)).map((item) => item.label);
  const services = model.components.filter((item) => inputs.services.includes(item.id)).map((item) => item.name);
  return [
    ['Company size', pricing.sizeBands.find((band) => band.id === inputs.sizeBand)?.label ?? inputs.sizeBand],
    ['AI systems in scope', String(inputs.aiSystemCount)],
    ['High-risk (EU AI Act) or regulated sector', inputs.highRisk ? 'Yes' : 'No'],
    ['Role', pricing.roles.find((role) => role.id === inputs.role)?.label ?? inputs.role],
    ['Certifications held', certifications.length > 0 ? certifications.join(', ') : 'None'],
    ['AI inventory exists', inputs.aiInventory ? 'Yes' : 'No'],
    ['Services wanted', services.length === model.components.length ? 'All' : services.length > 0 ? services.join(', ') : 'None'],
    ['Target date', inputs.targetDate ? formatDate(isoToDate(inputs.targetDate), fmt.locale) : 'None'],
  ];
}

/** Plain-text summary of the inputs and the estimate, used as the body of the e-mail. */
export function summaryText(
  inputs: EstimatorInputs,
  model: EstimatorModel,
  costs: CostEstimate,
  timeline: TimelineEstimate | null,
  fmt: Formatting,
  shareUrl: string,
): string {
  const money = (range: { low: number; high: number }) => formatMoneyRange(range.low, range.high, fmt.locale, fmt.currency);
  const lines = ['My answers:', ...describeInputs(inputs, model, fmt).map(([label, value]) => `- ${label}: ${value}`), '', 'Indicative estimate:'];
  for (const component of costs.components) if (component.selected) lines.push(`- ${component.name}: ${money(component)}`);
  lines.push(`- First-year total: ${money(costs.firstYear)}`);
  const surveillanceWanted = costs.components.some((component) => component.recurring && component.selected);
  if (surveillanceWanted) lines.push(`- Annual surveillance: ${money(costs.surveillance)} per year`);
  lines.push(`- 3-year total: ${money(costs.threeYear)}`);
  if (timeline) {
    lines.push(
      `- Timeline: ${timeline.minWeeks}-${timeline.maxWeeks} weeks, certification between ${formatDate(isoToDate(timeline.earliest), fmt.locale)} and ${formatDate(isoToDate(timeline.latest), fmt.locale)}`,
    );
  }
  lines.push('', `Estimate link: ${shareUrl}`);
  return lines.join('\n');
}

/** A mailto: link; nothing is sent unless the visitor sends the message from their own e-mail program. */
export function mailtoHref(to: string, subject: string, body: string): string {
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
