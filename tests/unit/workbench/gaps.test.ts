import { describe, expect, it } from 'vitest';
import { prioritizeGaps } from '../../../src/lib/assessment/gaps';
import { combineGaps, controlPriority, workbenchGaps, type WorkbenchGapInput } from '../../../src/lib/workbench/gaps';
import { answer, questions, scoping } from '../assessment/fixtures';
import { evidence, soaEntry, system } from './builders';

// In the fixtures, question "policy" (priority 1) maps A.2.2; "policy-review" (priority 3, raised
// for providers) maps A.2.3 and A.2.4; no question maps A.5.2.
const rows = [
  soaEntry('A.2.2', { owner: 'CISO' }),
  soaEntry('A.2.3', { owner: '' }),
  soaEntry('A.2.4', { owner: ' ' }),
  soaEntry('A.5.2', { applicable: false, owner: '' }),
];

const input = (overrides: Partial<WorkbenchGapInput> = {}): WorkbenchGapInput => ({
  rows,
  soaInUse: true,
  questions,
  scoping: scoping({ role: 'provider' }),
  items: [
    evidence('old-policy', { controlIds: ['A.2.2'], reviewBy: '2026-11-19' }),
    evidence('review-minutes', { controlIds: ['A.2.3'], reviewBy: '2027-05-01' }),
  ],
  systems: [
    system('cv', {
      euAiAct: { tier: 'high-risk', source: 'check', checkedOn: '2026-11-01' },
      impactAssessment: { status: 'not-started', date: '' },
    }),
    system('bot', { impactAssessment: { status: 'in-progress', date: '' } }),
    system('retired', { inScope: false, impactAssessment: { status: 'not-started', date: '' } }),
    system('assessed', { impactAssessment: { status: 'done', date: '2026-09-01' } }),
    system('exempt', { impactAssessment: { status: 'not-required', date: '' } }),
  ],
  today: '2026-11-20',
  ...overrides,
});

const summary = (gaps: ReturnType<typeof workbenchGaps>) =>
  gaps.map((gap) => [gap.kind, gap.priority, gap.raisedBy, Object.values(gap.subject)[1]]);

describe('workbench gap items', () => {
  it('lists overdue evidence, controls without evidence, systems without impact assessment and unowned controls by priority', () => {
    expect(summary(workbenchGaps(input()))).toEqual([
      ['overdue-evidence', 1, null, 'old-policy'],
      ['no-impact-assessment', 1, 'high-risk-system', 'cv'],
      ['no-evidence', 2, 'provider', 'A.2.4'],
      ['no-impact-assessment', 2, null, 'bot'],
      ['unowned-control', 3, 'provider', 'A.2.3'],
      ['unowned-control', 3, 'provider', 'A.2.4'],
    ]);
  });

  it('leaves controls without evidence out while the register is empty, and owners while the SoA is not edited', () => {
    const kinds = workbenchGaps(input({ items: [], soaInUse: false })).map((gap) => gap.kind);
    expect(kinds).toEqual(['no-impact-assessment', 'no-impact-assessment']);
  });

  it('gives overdue evidence the priority of its most urgent control, and 2 for clauses only', () => {
    const items = [
      evidence('both', { controlIds: ['A.2.4', 'A.2.2'], reviewBy: '2026-01-01' }),
      evidence('clause', { controlIds: [], clauseIds: ['6.1.4'], reviewBy: '2026-01-01' }),
    ];
    const overdue = workbenchGaps(input({ items, systems: [], soaInUse: false })).filter(
      (gap) => gap.kind === 'overdue-evidence',
    );
    expect(overdue.map((gap) => [gap.subject, gap.priority])).toEqual([
      [{ type: 'evidence', evidenceId: 'both', controlIds: ['A.2.4', 'A.2.2'] }, 1],
      [{ type: 'evidence', evidenceId: 'clause', controlIds: [] }, 2],
    ]);
  });
});

describe('control priority', () => {
  it('takes the most urgent mapped question after the scoping answers, else 2', () => {
    expect(controlPriority('A.2.2', questions, scoping())).toEqual({ priority: 1, raisedBy: null });
    expect(controlPriority('A.2.3', questions, scoping({ role: 'user' }))).toEqual({ priority: 3, raisedBy: null });
    expect(controlPriority('A.2.3', questions, scoping({ role: 'provider' }))).toEqual({
      priority: 2,
      raisedBy: 'provider',
    });
    expect(controlPriority('A.5.2', questions, scoping())).toEqual({ priority: 2, raisedBy: null });
  });
});

describe('one gap list', () => {
  it('puts question gaps and workbench gaps together by priority', () => {
    const questionGaps = prioritizeGaps(
      questions,
      { context: answer('not-started'), policy: answer('partial') },
      scoping(),
    );
    const combined = combineGaps(questionGaps, workbenchGaps(input({ soaInUse: false, items: [] })));
    expect(combined.map((entry) => [entry.source, entry.gap.priority])).toEqual([
      ['question', 1],
      ['workbench', 1],
      ['question', 2],
      ['workbench', 2],
    ]);
  });
});
