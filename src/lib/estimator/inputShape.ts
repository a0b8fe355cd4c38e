/**
 * What the visitor tells the estimator, its defaults and the rules its form can break (count, date).
 * This is all a page load needs; validating untrusted inputs (saved data, shared links) is in inputs.ts.
 */
import type { Role, SizeBand } from '../scoping';
import { COMPONENT_IDS, type CertificationId, type ComponentId } from './ids';

/** What the visitor tells the estimator. */
export interface EstimatorInputs {
  sizeBand: SizeBand;
  /** Number of AI systems in the scope of the management system, 1..maxAiSystems. */
  aiSystemCount: number;
  /** Any system high-risk under the EU AI Act or used in a regulated sector. */
  highRisk: boolean;
  role: Role;
  certifications: CertificationId[];
  /** An inventory of AI systems already exists. */
  aiInventory: boolean;
  /** Services wanted, as cost component ids. */
  services: ComponentId[];
  /** Target certification date, YYYY-MM-DD, or '' when none. */
  targetDate: string;
}

export const defaultInputs = (): EstimatorInputs => ({
  sizeBand: '50-500',
  aiSystemCount: 5,
  highRisk: false,
  role: 'provider',
  certifications: [],
  aiInventory: false,
  services: [...COMPONENT_IDS],
  targetDate: '',
});

export function isValidAiSystemCount(value: unknown, maxAiSystems: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= maxAiSystems;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A YYYY-MM-DD date as a Date at midnight UTC (format it with timeZone UTC). */
export const isoToDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Keeps the canonical order, so equal selections compare and serialise equally. */
export const inOrder = <T extends string>(values: readonly T[], list: readonly T[]): T[] =>
  values.filter((value) => list.includes(value));
