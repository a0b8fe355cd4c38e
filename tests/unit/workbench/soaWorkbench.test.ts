import { describe, expect, it } from 'vitest';
import { emptyAnswer } from '../../../src/lib/assessment/types';
import { saveInventorySystem } from '../../../src/lib/workbench/inventory';
import { lastScopeChange, soaFindings, type SoaFinding } from '../../../src/lib/workbench/soa';
import {
  controlArea,
  countSoaFindings,
  filterSoaRows,
  findingsByControl,
  linkedEvidence,
  reconfirmJustification,
  workspaceSoaRows,
  type SoaContent,
} from '../../../src/lib/workbench/soaWorkbench';
import { evidence, soaEntry, system, workspace } from './builders';

const content: SoaContent = {
  controls: [
    { id: 'A.2.2', title: 'AI policy' },
    { id: 'A.6.2.8', title: 'AI system recording of event logs' },
    { id: 'A.10.3', title: 'Suppliers' },
  ],
  questions: [
    { id: 'policy', controls: ['A.2.2'] },
    { id: 'logs', controls: ['A.6.2.8'] },
    { id: 'suppliers', controls: ['A.10.3'] },
  ],
};

const at = (day: string) => new Date(`2026-11-${day}T09:00:00Z`);
const LOGS_REASON = 'We buy every AI system as a service and keep no event logs ourselves.';

describe('the rows of the workspace', () => {
  it('derive the draft from the answers and put edited entries in its place', () => {
    const base = workspace();
    const answered = {
      ...base,
      assessment: {
        ...base.assessment,
        answers: {
          logs: { ...emptyAnswer(), status: 'not-applicable' as const, justification: 'No logs are kept by us' },
          policy: { ...emptyAnswer(), status: 'implemented' as const },
        },
      },
      soa: { entries: [soaEntry('A.10.3', { owner: 'Procurement lead' })], versions: [] },
    };
    const rows = workspaceSoaRows(answered, content);
    expect(rows.map((row) => [row.controlId, row.source, row.applicable, row.status])).toEqual([
      ['A.2.2', 'draft', true, 'implemented'],
      ['A.6.2.8', 'draft', false, 'not-assessed'],
      ['A.10.3', 'edited', true, 'partial'],
    ]);
    expect(rows[1]!.justification).toBe('Excluded: No logs are kept by us');
    expect(rows[2]).toMatchObject({ title: 'Suppliers', owner: 'Procurement lead' });
  });
});

describe('flags', () => {
  const findings: SoaFinding[] = [
    { controlId: 'A.2.2', kind: 'justification', problem: 'generic', excluded: false },
    { controlId: 'A.6.2.8', kind: 'justification', problem: 'too-short', excluded: true },
    { controlId: 'A.6.2.8', kind: 'stale-exclusion', justifiedAt: '', lastChange: '2026-11-02T09:00:00.000Z' },
  ];

  it('are counted by what they hold up', () => {
    expect(countSoaFindings(findings)).toEqual({ total: 3, controls: 2, blocking: 1, weakInclusions: 1, stale: 1 });
    expect(countSoaFindings([])).toEqual({ total: 0, controls: 0, blocking: 0, weakInclusions: 0, stale: 0 });
  });

  it('are looked up by control, in their order', () => {
    const byControl = findingsByControl(findings);
    expect(byControl.get('A.6.2.8')?.map((finding) => finding.kind)).toEqual(['justification', 'stale-exclusion']);
    expect(byControl.get('A.10.3')).toBeUndefined();
  });

  it('filter the rows with the area', () => {
    const rows = [soaEntry('A.2.2'), soaEntry('A.6.2.8'), soaEntry('A.6.1.2'), soaEntry('A.10.3')];
    const ids = (filter: { area: string; flaggedOnly: boolean }) =>
      filterSoaRows(rows, findings, filter).map((row) => row.controlId);
    expect(ids({ area: '', flaggedOnly: false })).toEqual(['A.2.2', 'A.6.2.8', 'A.6.1.2', 'A.10.3']);
    expect(ids({ area: 'A.6', flaggedOnly: false })).toEqual(['A.6.2.8', 'A.6.1.2']);
    expect(ids({ area: '', flaggedOnly: true })).toEqual(['A.2.2', 'A.6.2.8']);
    expect(ids({ area: 'A.6', flaggedOnly: true })).toEqual(['A.6.2.8']);
    // A.1 is not the start of A.10.
    expect(ids({ area: 'A.1', flaggedOnly: false })).toEqual([]);
  });

  it('name the area of a control', () => {
    expect(controlArea('A.6.2.8')).toBe('A.6');
    expect(controlArea('A.10.3')).toBe('A.10');
  });
});

describe('linked evidence', () => {
  it('lists the items in the order linked and leaves out deleted ones', () => {
    const items = [
      evidence('policy', { title: 'AI policy, signed' }),
      evidence('suppliers', { title: 'Supplier list' }),
    ];
    expect(linkedEvidence(['suppliers', 'gone', 'policy'], items).map((item) => item.title)).toEqual([
      'Supplier list',
      'AI policy, signed',
    ]);
    expect(linkedEvidence([], items)).toEqual([]);
  });
});

describe('re-confirming an exclusion after the inventory changed', () => {
  it('ends its staleness without changing its reason, and stores a draft exclusion as an entry', () => {
    const excluded = soaEntry('A.6.2.8', {
      applicable: false,
      justification: LOGS_REASON,
      justifiedAt: at('01').toISOString(),
    });
    const changed = saveInventorySystem(
      workspace({ soa: { entries: [excluded], versions: [] } }),
      system('bot'),
      at('05'),
    );
    expect(soaFindings([excluded], lastScopeChange(changed)).map((finding) => finding.kind)).toEqual([
      'stale-exclusion',
    ]);

    const confirmed = reconfirmJustification(changed, excluded, at('06'));
    const entry = confirmed.soa.entries.find((candidate) => candidate.controlId === 'A.6.2.8')!;
    expect(entry).toMatchObject({ justification: LOGS_REASON, applicable: false, justifiedAt: at('06').toISOString() });
    expect(soaFindings([entry], lastScopeChange(confirmed))).toEqual([]);
    expect(confirmed.soa.entries).toHaveLength(1);

    const draftExclusion = {
      ...changed,
      soa: { entries: [], versions: [] },
      assessment: {
        ...changed.assessment,
        answers: { logs: { ...emptyAnswer(), status: 'not-applicable' as const, justification: LOGS_REASON } },
      },
    };
    const fromDraft = workspaceSoaRows(draftExclusion, content)[1]!;
    expect(fromDraft.source).toBe('draft');
    const stored = reconfirmJustification(draftExclusion, fromDraft, at('07')).soa.entries;
    expect(stored.map((candidate) => [candidate.controlId, candidate.justifiedAt])).toEqual([
      ['A.6.2.8', at('07').toISOString()],
    ]);
  });
});
