import {
  CERTIFICATIONS,
  COMPONENT_IDS,
  ROLES,
  SIZE_BANDS,
  isOneOf,
  type CertificationId,
  type ComponentId,
  type Role,
  type SizeBand,
} from './ids';

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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isListOf = <T extends string>(values: readonly T[], list: unknown): list is T[] =>
  Array.isArray(list) && list.every((item) => isOneOf(values, item)) && new Set(list).size === list.length;

/** Keeps the canonical order, so equal selections compare and serialise equally. */
const inOrder = <T extends string>(values: readonly T[], list: readonly T[]): T[] =>
  values.filter((value) => list.includes(value));

/**
 * Validates untrusted inputs (saved data, a shared link). Returns null when anything is missing,
 * unknown or out of range: the caller falls back to defaults and tells the visitor.
 */
export function parseInputs(value: unknown, maxAiSystems: number): EstimatorInputs | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const known: (keyof EstimatorInputs)[] = [
    'sizeBand',
    'aiSystemCount',
    'highRisk',
    'role',
    'certifications',
    'aiInventory',
    'services',
    'targetDate',
  ];
  if (Object.keys(v).some((key) => !(known as string[]).includes(key))) return null;
  if (!isOneOf(SIZE_BANDS, v.sizeBand) || !isOneOf(ROLES, v.role)) return null;
  if (!isValidAiSystemCount(v.aiSystemCount, maxAiSystems)) return null;
  if (typeof v.highRisk !== 'boolean' || typeof v.aiInventory !== 'boolean') return null;
  if (!isListOf(CERTIFICATIONS, v.certifications) || !isListOf(COMPONENT_IDS, v.services)) return null;
  if (typeof v.targetDate !== 'string' || (v.targetDate !== '' && !isIsoDate(v.targetDate))) return null;
  return {
    sizeBand: v.sizeBand,
    aiSystemCount: v.aiSystemCount,
    highRisk: v.highRisk,
    role: v.role,
    certifications: inOrder(CERTIFICATIONS, v.certifications),
    aiInventory: v.aiInventory,
    services: inOrder(COMPONENT_IDS, v.services),
    targetDate: v.targetDate,
  };
}

export function isValidAiSystemCount(value: unknown, maxAiSystems: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= maxAiSystems;
}
