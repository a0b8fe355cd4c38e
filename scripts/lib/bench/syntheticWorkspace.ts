// A realistic large readiness workspace for scripts/bench-workbench.ts: the 38 controls of
// content/data/standard.yaml, one synthetic question per control plus clause questions, 200 AI
// systems, 500 evidence items, an SoA with every control edited and three approved versions.
// Texts have realistic lengths; everything is deterministic so runs compare.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Answer, ControlRef, Question } from '../../../src/lib/assessment/types';
import type { EvidenceItem } from '../../../src/lib/workbench/evidenceSchema';
import type { InventorySystem } from '../../../src/lib/workbench/inventorySchema';
import type { SoaEntry } from '../../../src/lib/workbench/soaSchema';
import type { Workspace } from '../../../src/lib/workbench/workspaceSchema';
import { standardSchema } from '../../../src/schemas/standard';

const ROLES = ['developer', 'provider', 'user'] as const;
const TIERS = ['minimal', 'transparency', 'high-risk', 'minimal', 'out-of-scope'] as const;
const STAGES = ['planned', 'development', 'validation', 'deployed', 'deployed', 'retired'] as const;
const STATUSES = ['implemented', 'partial', 'not-started', 'implemented'] as const;

export function readControls(): ControlRef[] {
  const standard = standardSchema.parse(parse(readFileSync('content/data/standard.yaml', 'utf8')));
  return standard.groups.flatMap((group) => group.controls);
}

export function syntheticQuestions(controls: readonly ControlRef[]): Question[] {
  const controlQuestions = controls.map((control, index) => ({
    id: `control-${index}`,
    area: control.id.split('.').slice(0, 2).join('.'),
    text: `Is ${control.title} in place?`,
    help: '',
    action: `Put ${control.title} in place.`,
    clauses: [],
    controls: [control.id],
    guidance: '/controls/',
    priority: ((index % 3) + 1) as 1 | 2 | 3,
    raisedFor: index % 5 === 0 ? (['eu-high-risk'] as const).slice() : [],
  }));
  const clauseQuestions = Array.from({ length: 30 }, (_, index) => ({
    ...controlQuestions[0]!,
    id: `clause-${index}`,
    area: String(4 + (index % 7)),
    controls: [],
    clauses: [`${4 + (index % 7)}.1`],
  }));
  return [...controlQuestions, ...clauseQuestions];
}

const sentence = (words: number, seed: number) =>
  Array.from(
    { length: words },
    (_, index) => ['model', 'customer', 'review', 'data', 'risk', 'owner', 'process', 'record'][(seed + index) % 8],
  ).join(' ');

function system(index: number): InventorySystem {
  return {
    id: `system-${String(index).padStart(4, '0')}`,
    name: `AI system ${index}: ${sentence(3, index)}`,
    purpose: `${sentence(22, index)}.`,
    owner: `Owner ${index % 40}, Product`,
    role: ROLES[index % 3]!,
    lifecycleStage: STAGES[index % STAGES.length]!,
    dataCategories: ['customer contact data', 'usage logs', index % 4 === 0 ? 'health data' : 'employee data'],
    thirdPartyComponents: index % 2 === 0 ? ['Hosted LLM API', 'Vector database'] : [],
    euAiAct: {
      tier: TIERS[index % TIERS.length]!,
      source: index % 3 === 0 ? 'check' : 'manual',
      checkedOn: index % 3 === 0 ? '2026-11-02' : '',
    },
    checkSystemId: index % 3 === 0 ? `check-${index}` : '',
    impactAssessment: index % 4 === 0 ? { status: 'in-progress', date: '' } : { status: 'done', date: '2026-09-15' },
    inScope: index % 10 !== 0,
    scopeReason: `${sentence(12, index + 3)}.`,
    updatedAt: '2026-11-01T10:00:00.000Z',
  };
}

function evidence(index: number, controls: readonly ControlRef[]): EvidenceItem {
  const month = String((index % 12) + 1).padStart(2, '0');
  return {
    id: `evidence-${String(index).padStart(4, '0')}`,
    title: `${sentence(6, index)} (record ${index})`,
    location: `https://intranet.example.com/grc/evidence/${index}/${sentence(3, index).replaceAll(' ', '-')}.pdf`,
    owner: `Owner ${index % 40}`,
    controlIds: [controls[index % controls.length]!.id, controls[(index * 7) % controls.length]!.id],
    clauseIds: [`${4 + (index % 7)}.1`],
    lastReviewed: `2026-${month}-10`,
    reviewBy: `2027-${month}-10`,
    notes: index % 3 === 0 ? `${sentence(10, index)}.` : '',
    updatedAt: '2026-11-01T10:00:00.000Z',
  };
}

function soaEntry(control: ControlRef, index: number): SoaEntry {
  return {
    controlId: control.id,
    applicable: index % 9 !== 0,
    justification: `${sentence(30, index)}.`,
    justifiedAt: '2026-10-20T10:00:00.000Z',
    status: STATUSES[index % STATUSES.length]!,
    owner: `Owner ${index % 12}`,
    systemIds: Array.from(
      { length: 5 },
      (_, offset) => `system-${String((index * 5 + offset) % 200).padStart(4, '0')}`,
    ),
    risks: `${sentence(15, index)}.`,
    evidenceIds: [`evidence-${String(index).padStart(4, '0')}`],
    notes: `${sentence(20, index)}.`,
    updatedAt: '2026-10-20T10:00:00.000Z',
  };
}

export function syntheticWorkspace(controls: readonly ControlRef[], questions: readonly Question[]): Workspace {
  const answers: Record<string, Answer> = Object.fromEntries(
    questions.map((question, index) => [
      question.id,
      {
        status: STATUSES[index % STATUSES.length]!,
        justification: '',
        documented: index % 2 === 0,
        evidenced: index % 3 === 0,
        note: sentence(8, index),
      },
    ]),
  );
  const entries = controls.map(soaEntry);
  const version = (label: string, approvedOn: string) => ({
    label,
    approver: 'Dana Smith, CEO',
    approvedOn,
    recordedAt: `${approvedOn}T12:00:00.000Z`,
    rows: entries,
  });
  return {
    version: 3,
    updatedAt: '2026-11-20T10:00:00.000Z',
    assessment: {
      savedAt: '2026-11-20T10:00:00.000Z',
      contentVersion: '2026-11-28',
      step: 'results',
      scopingChangedAt: '2026-10-01T10:00:00.000Z',
      scoping: { role: 'provider', sizeBand: '500-2000', aiSystemCount: 180, euExposure: 'high-risk' },
      answers,
    },
    inventory: {
      systems: Array.from({ length: 200 }, (_, index) => system(index)),
      changedAt: '2026-11-01T10:00:00.000Z',
    },
    soa: { entries, versions: [version('v1', '2026-03-01'), version('v2', '2026-07-01'), version('v3', '2026-11-01')] },
    evidence: { items: Array.from({ length: 500 }, (_, index) => evidence(index, controls)) },
    snapshots: [],
  };
}
