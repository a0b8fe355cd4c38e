/**
 * The estimator's form as data: which fields, in which order, with their text and options. The page
 * builds it at build time from the copy and the pricing model and passes it to the island, which
 * renders it (EstimatorForm); only the rendering code travels in the JavaScript bundle.
 */
import type { EstimatorModel } from '../../lib/estimator/types';
import type { ChoiceOption } from '../shared/ChoiceGroup';
import type { EstimatorCopy } from './copy';

/** Radio buttons or checkboxes. */
export interface ChoiceField {
  name: 'sizeBand' | 'highRisk' | 'role' | 'certifications' | 'aiInventory' | 'services';
  /** Prefix of the inputs' ids, e.g. "size" gives "size-50-500". */
  id: string;
  type: 'radio' | 'checkbox';
  legend: string;
  help?: string;
  options: ChoiceOption[];
}

/** A single input with a label and help text. */
export interface InputField {
  name: 'aiSystemCount' | 'targetDate';
  id: string;
  label: string;
  help: string;
  input: {
    type: 'number' | 'date';
    className: string;
    inputMode?: 'numeric';
    min?: number;
    max?: number;
    step?: number;
  };
}

export type FormField = ChoiceField | InputField;

export function formFields(copy: EstimatorCopy, model: EstimatorModel): FormField[] {
  const { pricing } = model;
  const withHints = (items: { id: string; label: string; hint: string }[]) =>
    items.map(({ id, label, hint }) => ({ value: id, label, hint }));
  return [
    {
      name: 'sizeBand',
      id: 'size',
      type: 'radio',
      legend: copy.sizeLegend,
      options: pricing.sizeBands.map(({ id, label }) => ({ value: id, label })),
    },
    {
      name: 'aiSystemCount',
      id: 'ai-system-count',
      label: copy.countLabel,
      help: copy.countHelp,
      input: {
        type: 'number',
        className: 'estimator-number',
        inputMode: 'numeric',
        min: 1,
        max: pricing.aiSystems.max,
        step: 1,
      },
    },
    {
      name: 'highRisk',
      id: 'high-risk',
      type: 'radio',
      legend: copy.highRiskLegend,
      help: copy.highRiskHelp,
      options: copy.yesNo,
    },
    {
      name: 'role',
      id: 'role',
      type: 'radio',
      legend: copy.roleLegend,
      help: copy.roleHelp,
      options: withHints(pricing.roles),
    },
    {
      name: 'certifications',
      id: 'certifications',
      type: 'checkbox',
      legend: copy.certificationsLegend,
      help: copy.certificationsHelp,
      options: withHints(pricing.certifications),
    },
    {
      name: 'aiInventory',
      id: 'inventory',
      type: 'radio',
      legend: copy.inventoryLegend,
      help: copy.inventoryHelp,
      options: copy.yesNo,
    },
    {
      name: 'services',
      id: 'services',
      type: 'checkbox',
      legend: copy.servicesLegend,
      help: copy.servicesHelp,
      options: model.components.map(({ id, name }) => ({ value: id, label: name })),
    },
    {
      name: 'targetDate',
      id: 'target-date',
      label: copy.targetLabel,
      help: copy.targetHelp,
      input: { type: 'date', className: 'estimator-date' },
    },
  ];
}
