import { formatDate, formatMoneyRange } from '../format';
import { describeInputs, isoToDate, type Formatting, type SummaryLabels } from './answers';
import type { CostEstimate } from './estimate';
import type { EstimatorInputs } from './inputs';
import type { TimelineEstimate } from './timeline';
import type { EstimatorModel } from './types';

export { describeInputs, isoToDate, type Formatting, type SummaryLabels } from './answers';

export const summaryLabels: SummaryLabels = {
  size: 'Company size',
  aiSystems: 'AI systems in scope',
  highRisk: 'High-risk (EU AI Act) or regulated sector',
  role: 'Role',
  certifications: 'Certifications held',
  inventory: 'AI inventory exists',
  services: 'Services wanted',
  target: 'Target date',
  yes: 'Yes',
  no: 'No',
  none: 'None',
  all: 'All',
  answers: 'My answers:',
  estimate: 'Indicative estimate:',
  firstYear: 'First-year total',
  surveillance: 'Annual surveillance',
  perYear: 'per year',
  threeYear: '3-year total',
  timeline: 'Timeline: {min}-{max} weeks, certification between {earliest} and {latest}',
  link: 'Estimate link',
};

/** Plain-text summary of the inputs and the estimate, used as the body of the e-mail. */
export function summaryText(
  inputs: EstimatorInputs,
  model: EstimatorModel,
  costs: CostEstimate,
  timeline: TimelineEstimate | null,
  fmt: Formatting,
  shareUrl: string,
  l: SummaryLabels,
): string {
  const money = (range: { low: number; high: number }) =>
    formatMoneyRange(range.low, range.high, fmt.locale, fmt.currency);
  const date = (iso: string) => formatDate(isoToDate(iso), fmt.locale);
  const lines = [
    l.answers,
    ...describeInputs(inputs, model, fmt, l).map(([label, value]) => `- ${label}: ${value}`),
    '',
    l.estimate,
  ];
  for (const component of costs.components)
    if (component.selected) lines.push(`- ${component.name}: ${money(component)}`);
  lines.push(`- ${l.firstYear}: ${money(costs.firstYear)}`);
  if (costs.components.some((component) => component.recurring && component.selected)) {
    lines.push(`- ${l.surveillance}: ${money(costs.surveillance)} ${l.perYear}`);
  }
  lines.push(`- ${l.threeYear}: ${money(costs.threeYear)}`);
  if (timeline) {
    const values: Record<string, string | number> = {
      min: timeline.minWeeks,
      max: timeline.maxWeeks,
      earliest: date(timeline.earliest),
      latest: date(timeline.latest),
    };
    lines.push(`- ${l.timeline.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]))}`);
  }
  lines.push('', `${l.link}: ${shareUrl}`);
  return lines.join('\n');
}

/** A mailto: link; nothing is sent unless the visitor sends the message from their own e-mail program. */
export function mailtoHref(to: string, subject: string, body: string): string {
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
