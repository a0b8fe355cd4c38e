/** Words shown for the assessment's enum values, shared by the island, the CSV and the method page. */
import type { GapKind } from './gaps';
import type { EffectiveStatus } from './scoring';
import type { ControlStatus } from './statementOfApplicability';
import type { AnswerStatus, EuExposure, Role, SizeBand } from './types';

export const ANSWER_LABELS: Record<AnswerStatus, string> = {
  'not-started': 'Not started',
  partial: 'Partly in place',
  implemented: 'Implemented',
  'not-applicable': 'Not applicable',
};

export const EFFECTIVE_STATUS_LABELS: Record<EffectiveStatus, string> = {
  ...ANSWER_LABELS,
  unanswered: 'Not answered',
};

export const CONTROL_STATUS_LABELS: Record<ControlStatus, string> = {
  implemented: 'Implemented',
  partial: 'Partially implemented',
  'not-started': 'Not started',
  'not-assessed': 'Not assessed yet',
  excluded: 'Excluded',
};

export const GAP_KIND_LABELS: Record<GapKind, string> = {
  'not-started': 'Not started',
  partial: 'Partly in place',
  'no-evidence': 'In place, evidence not ready',
};

export const ROLE_LABELS: Record<Role, string> = {
  developer: 'We develop AI systems (build or train models)',
  provider: 'We provide AI systems or AI-based services to others',
  user: 'We use AI systems built by others',
};

export const SIZE_LABELS: Record<SizeBand, string> = {
  'under-50': 'Under 50 people',
  '50-500': '50 to 500 people',
  '500-2000': '500 to 2,000 people',
  'over-2000': 'Over 2,000 people',
};

export const EU_EXPOSURE_LABELS: Record<EuExposure, string> = {
  none: 'None: no AI system is placed on the EU market or used in the EU',
  limited: 'Yes, with minimal or limited-risk systems only',
  'high-risk': 'Yes, including systems that may be high-risk',
  unsure: 'Not sure yet',
};
