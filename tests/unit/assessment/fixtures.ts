import {
  emptyScoping,
  type Answer,
  type Area,
  type Band,
  type Question,
  type Scoping,
} from '../../../src/lib/assessment/types';

export const areas: Area[] = [
  { id: '4', kind: 'clause', title: 'Context of the organization' },
  { id: '5', kind: 'clause', title: 'Leadership' },
  { id: 'A.2', kind: 'group', title: 'Policies related to AI' },
];

export function question(id: string, overrides: Partial<Question> = {}): Question {
  return {
    id,
    area: '4',
    text: `Question ${id}?`,
    help: 'Help text.',
    action: `Do ${id}.`,
    clauses: ['4.1'],
    controls: [],
    guidance: '/clauses/4/#4-1',
    priority: 2,
    raisedFor: [],
    ...overrides,
  };
}

export const questions: Question[] = [
  question('scope', { priority: 1, clauses: ['4.3'] }),
  question('context'),
  question('leadership', { area: '5', clauses: ['5.1'], guidance: '/clauses/5/#5-1' }),
  question('policy', { area: 'A.2', clauses: [], controls: ['A.2.2'], guidance: '/controls/a-2-2/', priority: 1 }),
  question('policy-review', {
    area: 'A.2',
    clauses: [],
    controls: ['A.2.3', 'A.2.4'],
    guidance: '/controls/a-2-4/',
    priority: 3,
    raisedFor: ['provider'],
  }),
];

export function answer(status: Answer['status'], overrides: Partial<Answer> = {}): Answer {
  return { status, justification: '', documented: false, evidenced: false, note: '', ...overrides };
}

export const justifiedNa = (reason = 'We do not develop any AI in house.') =>
  answer('not-applicable', { justification: reason });

export const scoping = (overrides: Partial<Scoping> = {}): Scoping => ({ ...emptyScoping(), ...overrides });

export const bands: Band[] = [
  { id: 'early', label: 'Early stage', minPercent: 0, requiresNoEssentialGaps: false, summary: 'Just starting.' },
  { id: 'building', label: 'Building', minPercent: 40, requiresNoEssentialGaps: false, summary: 'Under way.' },
  { id: 'ready', label: 'Audit-ready', minPercent: 85, requiresNoEssentialGaps: true, summary: 'Ready for Stage 1.' },
];
