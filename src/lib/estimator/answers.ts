/** The answers in words, for the print summary on the page and the e-mail (summary.ts). */
import { formatDate } from '../format';
import { isoToDate, type EstimatorInputs } from './inputShape';
import type { EstimatorModel } from './types';

export { isoToDate } from './inputShape';

export interface Formatting {
  locale: string;
  currency: string;
}

/** Words of the summary; passed in by the page so the text stays out of the JavaScript bundle. */
export interface SummaryLabels {
  size: string;
  aiSystems: string;
  highRisk: string;
  role: string;
  certifications: string;
  inventory: string;
  services: string;
  target: string;
  yes: string;
  no: string;
  none: string;
  all: string;
  answers: string;
  estimate: string;
  firstYear: string;
  surveillance: string;
  perYear: string;
  threeYear: string;
  timeline: string;
  link: string;
}

/** Human-readable answers, as label/value pairs, for the print summary and the e-mail. */
export function describeInputs(
  inputs: EstimatorInputs,
  model: EstimatorModel,
  fmt: Formatting,
  l: SummaryLabels,
): [string, string][] {
  const { pricing } = model;
  const certifications = pricing.certifications
    .filter((item) => inputs.certifications.includes(item.id))
    .map((item) => item.label);
  const services = model.components.filter((item) => inputs.services.includes(item.id)).map((item) => item.name);
  return [
    [l.size, pricing.sizeBands.find((band) => band.id === inputs.sizeBand)?.label ?? inputs.sizeBand],
    [l.aiSystems, String(inputs.aiSystemCount)],
    [l.highRisk, inputs.highRisk ? l.yes : l.no],
    [l.role, pricing.roles.find((role) => role.id === inputs.role)?.label ?? inputs.role],
    [l.certifications, certifications.length > 0 ? certifications.join(', ') : l.none],
    [l.inventory, inputs.aiInventory ? l.yes : l.no],
    [
      l.services,
      services.length === model.components.length ? l.all : services.length > 0 ? services.join(', ') : l.none,
    ],
    [l.target, inputs.targetDate ? formatDate(isoToDate(inputs.targetDate), fmt.locale) : l.none],
  ];
}
