// Records for the workbench tests: complete, valid defaults that each case overrides with what it is about.
import type { EvidenceItem } from '../../../src/lib/workbench/evidenceSchema';
import type { InventorySystem } from '../../../src/lib/workbench/inventorySchema';
import type { SoaEntry } from '../../../src/lib/workbench/soaSchema';
import { emptyWorkspace } from '../../../src/lib/workbench/workspaceFormat';
import type { Workspace } from '../../../src/lib/workbench/workspaceSchema';

export const T0 = '2026-11-01T09:00:00.000Z';

export function system(id: string, overrides: Partial<InventorySystem> = {}): InventorySystem {
  return {
    id,
    name: `System ${id}`,
    purpose: 'Ranks incoming support tickets by urgency.',
    owner: 'Head of Support',
    role: 'user',
    lifecycleStage: 'deployed',
    dataCategories: ['customer contact data'],
    thirdPartyComponents: [],
    euAiAct: { tier: 'minimal', source: 'manual', checkedOn: '' },
    checkSystemId: '',
    impactAssessment: { status: 'done', date: '2026-10-15' },
    inScope: true,
    scopeReason: 'Used in production for customers in the EU.',
    updatedAt: T0,
    ...overrides,
  };
}

export function evidence(id: string, overrides: Partial<EvidenceItem> = {}): EvidenceItem {
  return {
    id,
    title: `Evidence ${id}`,
    location: `https://intranet.example/docs/${id}`,
    owner: 'Compliance lead',
    controlIds: ['A.2.2'],
    clauseIds: [],
    lastReviewed: '2026-10-01',
    reviewBy: '2027-10-01',
    notes: '',
    updatedAt: T0,
    ...overrides,
  };
}

export function soaEntry(controlId: string, overrides: Partial<SoaEntry> = {}): SoaEntry {
  return {
    controlId,
    applicable: true,
    justification: 'Needed because we deploy customer-facing AI systems.',
    justifiedAt: T0,
    status: 'partial',
    owner: 'CISO',
    systemIds: [],
    risks: '',
    evidenceIds: [],
    notes: '',
    updatedAt: T0,
    ...overrides,
  };
}

export function workspace(overrides: Partial<Omit<Workspace, 'version'>> = {}): Workspace {
  return { ...emptyWorkspace('2026-11-28', new Date(T0)), ...overrides };
}
