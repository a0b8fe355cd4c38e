/** The form's value shape (what the inputs hold) and its conversion to the model's inputs. */
import type { CertificationId, ComponentId, Role, SizeBand } from '../../lib/estimator/ids';
import { inOrder, isIsoDate, isValidAiSystemCount, type EstimatorInputs } from '../../lib/estimator/inputShape';

export interface EstimatorFormValues {
  sizeBand: SizeBand;
  /** NaN while the field is empty. */
  aiSystemCount: number;
  highRisk: 'yes' | 'no';
  role: Role;
  certifications: CertificationId[];
  aiInventory: 'yes' | 'no';
  services: ComponentId[];
  targetDate: string;
}

export const toFormValues = (inputs: EstimatorInputs): EstimatorFormValues => ({
  ...inputs,
  certifications: [...inputs.certifications],
  services: [...inputs.services],
  highRisk: inputs.highRisk ? 'yes' : 'no',
  aiInventory: inputs.aiInventory ? 'yes' : 'no',
});

/** The order ticked boxes are kept in (CERTIFICATIONS and COMPONENT_IDS, passed in by the page). */
export interface CanonicalOrder {
  certifications: readonly CertificationId[];
  services: readonly ComponentId[];
}

/**
 * The model's inputs, or null while the count or the date is invalid (such as an empty count). The
 * radios and checkboxes can only hold known values, so this checks what parseInputs would reject in
 * a form; untrusted inputs (saved data, shared links) go through parseInputs itself.
 */
export function toInputs(
  values: EstimatorFormValues,
  maxAiSystems: number,
  order: CanonicalOrder,
): EstimatorInputs | null {
  if (!isValidAiSystemCount(values.aiSystemCount, maxAiSystems)) return null;
  if (values.targetDate && !isIsoDate(values.targetDate)) return null;
  return {
    ...values,
    certifications: inOrder(order.certifications, values.certifications || []),
    services: inOrder(order.services, values.services || []),
    highRisk: values.highRisk === 'yes',
    aiInventory: values.aiInventory === 'yes',
  };
}

/** Replaces {name} placeholders in interface text. */
/** "+30%" or "\u221220%" (with a real minus sign). */
export const signedPercent = (percent: number) => `${percent > 0 ? '+' : '\u2212'}${Math.abs(percent)}%`;

/** What a notice's buttons can do (the island owns the handlers). */
export type EstimatorNoticeAction =
  'dismiss' | 'start-fresh' | 'download-unreadable' | 'delete-unreadable' | 'restore-previous' | 'keep-shared';

/** A message above the estimator and the buttons that answer it. */
export interface EstimatorNotice {
  tone: 'info' | 'warning';
  text: string;
  actions?: EstimatorNoticeAction[];
  /** Move focus to it (after the visitor acted, e.g. used the prefill). */
  takeFocus?: boolean;
}
