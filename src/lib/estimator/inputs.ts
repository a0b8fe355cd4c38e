/** Validation of untrusted inputs (saved data, shared links); the inputs' shape and defaults are in inputShape.ts. */
import { ROLES, SIZE_BANDS, isOneOf } from '../scoping';
import { CERTIFICATIONS, COMPONENT_IDS } from './ids';
import { inOrder, isIsoDate, isValidAiSystemCount, type EstimatorInputs } from './inputShape';

export { defaultInputs, isIsoDate, isValidAiSystemCount, type EstimatorInputs } from './inputShape';

const isListOf = <T extends string>(values: readonly T[], list: unknown): list is T[] =>
  Array.isArray(list) && list.every((item) => isOneOf(values, item)) && new Set(list).size === list.length;

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
