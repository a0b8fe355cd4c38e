/** The form's value shape (what the inputs hold) and its conversion to the model's inputs. */
import type { CertificationId, ComponentId, Role, SizeBand } from '../../lib/estimator/ids';
import { parseInputs, type EstimatorInputs } from '../../lib/estimator/inputs';

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

/** The model's inputs, or null while a field holds something invalid (such as an empty count). */
export function toInputs(values: EstimatorFormValues, maxAiSystems: number): EstimatorInputs | null {
  return parseInputs(
    {
      ...values,
      certifications: values.certifications ?? [],
      services: values.services ?? [],
      highRisk: values.highRisk === 'yes',
      aiInventory: values.aiInventory === 'yes',
    },
    maxAiSystems,
  );
}

/** Replaces {name} placeholders in interface text. */
export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
