// A small workspace with a gap of every kind, for the report and workbook tests. In the fixtures,
// "policy" (priority 1) maps A.2.2 and "policy-review" (priority 3, raised for providers) maps
// A.2.3 and A.2.4 (see tests/unit/assessment/fixtures.ts).
import type { AssessmentContent } from '../../../src/lib/assessment/results';
import { buildTimelineTable } from '../../../src/lib/estimator/timeline';
import { answer, areas, bands, questions, scoping } from '../assessment/fixtures';
import { fixturePricing } from '../estimator/fixtures';
import { evidence, soaEntry, system, workspace } from './builders';

const phases = [{ id: 'gap-analysis', name: 'Gap analysis', minWeeks: 2, maxWeeks: 3 }];

export const reportContent: AssessmentContent = {
  areas,
  questions,
  controls: [
    { id: 'A.2.2', title: 'AI policy' },
    { id: 'A.2.3', title: 'Alignment with other organizational policies' },
    { id: 'A.2.4', title: 'Review of the AI policy' },
  ],
  bands,
  phases,
  timeline: buildTimelineTable(phases, fixturePricing()),
  contentVersion: '2026-11-28',
};

export const FORMULA_NAME = '=HYPERLINK("http://attacker.example/","Open")';
export const REPORT_TODAY = '2026-11-20';

export const reportWorkspace = () => {
  const base = workspace();
  return {
    ...base,
    assessment: {
      ...base.assessment,
      scoping: scoping({ role: 'provider' }),
      answers: {
        scope: answer('implemented', { documented: true, evidenced: true }),
        context: answer('partial'),
        leadership: answer('not-started'),
        policy: answer('implemented'),
      },
    },
    inventory: {
      changedAt: base.inventory.changedAt,
      systems: [
        system('cv', {
          name: 'CV screening',
          euAiAct: { tier: 'high-risk', source: 'check', checkedOn: '2026-11-01' },
          impactAssessment: { status: 'not-started', date: '' },
        }),
        system('formula', { name: FORMULA_NAME }),
      ],
    },
    soa: { entries: [soaEntry('A.2.3', { owner: 'Risk office', systemIds: ['cv'] })], versions: [] },
    evidence: { items: [evidence('old', { title: 'AI policy v1', controlIds: ['A.2.2'], reviewBy: '2026-11-01' })] },
  };
};
