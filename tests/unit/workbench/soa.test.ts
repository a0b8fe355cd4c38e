import { describe, expect, it } from 'vitest';
import type { SoaRow } from '../../../src/lib/assessment/statementOfApplicability';
import { removeInventorySystem, saveInventorySystem } from '../../../src/lib/workbench/inventory';
import {
  editSoaEntry,
  isStaleExclusion,
  justificationProblem,
  lastScopeChange,
  resetSoaEntry,
  soaFindings,
  soaWorkRows,
} from '../../../src/lib/workbench/soa';
import { approveSoaVersion, soaChangeLog, soaChangesSinceApproval } from '../../../src/lib/workbench/soaVersions';
import type { Workspace } from '../../../src/lib/workbench/workspaceSchema';
import { soaEntry, system, workspace } from './builders';

const draftRow = (controlId: string, overrides: Partial<SoaRow> = {}): SoaRow => ({
  controlId,
  title: `Control ${controlId}`,
  applicable: true,
  justification: 'Included: addresses risks of the AI systems in scope; no exclusion recorded.',
  status: 'partial',
  documented: false,
  evidenced: false,
  questionIds: [],
  ...overrides,
});

const draft = [
  draftRow('A.2.2'),
  draftRow('A.6.2.8', {
    applicable: false,
    status: 'excluded',
    justification: 'Excluded: We do not develop AI systems ourselves.',
  }),
  draftRow('A.10.3'),
];

const at = (day: string) => new Date(`2026-11-${day}T09:00:00Z`);
const REASON = 'We buy every AI system as a service and keep no event logs ourselves.';

function ok(result: { ok: true; value: Workspace } | { ok: false; reason: string }): Workspace {
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('the SoA starts from the draft', () => {
  it('shows every control of the draft, in its order, until one is edited', () => {
    const rows = soaWorkRows(draft, []);
    expect(rows.map((row) => [row.controlId, row.source, row.applicable])).toEqual([
      ['A.2.2', 'draft', true],
      ['A.6.2.8', 'draft', false],
      ['A.10.3', 'draft', true],
    ]);
    expect(rows[1]).toMatchObject({ status: 'not-assessed', owner: '', justifiedAt: '' });
  });

  it('uses the edited entry in place of the draft row, and the draft again after a reset', () => {
    const edited = editSoaEntry(workspace(), soaWorkRows(draft, [])[0]!, { owner: 'CISO' }, at('10'));
    expect(soaWorkRows(draft, edited.soa.entries)[0]).toMatchObject({
      source: 'edited',
      owner: 'CISO',
      updatedAt: at('10').toISOString(),
    });
    const reset = resetSoaEntry(edited, 'A.2.2', at('11'));
    expect(soaWorkRows(draft, reset.soa.entries)[0]?.source).toBe('draft');
  });
});

describe('justifications', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['Excluded: ', 'empty'],
    ['Not relevant to us.', 'too-short'],
    ['Included: addresses risks of the AI systems in scope; no exclusion recorded.', 'generic'],
    [
      'included: addresses risks of the AI systems in scope for a provider of AI systems;  no exclusion recorded',
      'generic',
    ],
    [REASON, null],
    [`Excluded: ${REASON}`, null],
  ])('"%s" is flagged %s', (text, problem) => {
    expect(justificationProblem(text)).toBe(problem);
  });
});

describe('stale exclusions', () => {
  const excluded = (justifiedAt: string) =>
    soaEntry('A.6.2.8', { applicable: false, justification: REASON, justifiedAt });

  it('flag an exclusion justified before the inventory changed', () => {
    const start = workspace({ soa: { entries: [excluded(at('05').toISOString())], versions: [] } });
    const changed = saveInventorySystem(start, system('bot'), at('06'));
    expect(isStaleExclusion(changed.soa.entries[0]!, lastScopeChange(changed))).toBe(true);
    expect(soaFindings(changed.soa.entries, lastScopeChange(changed))).toEqual([
      {
        controlId: 'A.6.2.8',
        kind: 'stale-exclusion',
        justifiedAt: at('05').toISOString(),
        lastChange: at('06').toISOString(),
      },
    ]);
  });

  it('flag an exclusion justified before a scoping answer changed', () => {
    const start = workspace({ soa: { entries: [excluded(at('05').toISOString())], versions: [] } });
    const rescoped = { ...start, assessment: { ...start.assessment, scopingChangedAt: at('07').toISOString() } };
    expect(isStaleExclusion(rescoped.soa.entries[0]!, lastScopeChange(rescoped))).toBe(true);
  });

  it('clear when the justification is given again, not when another field changes', () => {
    const start = saveInventorySystem(
      workspace({ soa: { entries: [excluded(at('05').toISOString())], versions: [] } }),
      system('bot'),
      at('06'),
    );
    const owned = editSoaEntry(start, start.soa.entries[0]!, { owner: 'Head of IT' }, at('07'));
    expect(isStaleExclusion(owned.soa.entries[0]!, lastScopeChange(owned))).toBe(true);
    const rejustified = editSoaEntry(
      owned,
      owned.soa.entries[0]!,
      { justification: `${REASON} Checked again.` },
      at('08'),
    );
    expect(isStaleExclusion(rejustified.soa.entries[0]!, lastScopeChange(rejustified))).toBe(false);
  });

  it('never flag an included control, nor anything while nothing changed', () => {
    const included = soaEntry('A.2.2', { justifiedAt: at('01').toISOString() });
    expect(isStaleExclusion(included, at('09').toISOString())).toBe(false);
    expect(isStaleExclusion(excluded(''), '')).toBe(false);
  });

  it('flag a draft exclusion nobody confirmed once the inventory changed', () => {
    const changed = saveInventorySystem(workspace(), system('bot'), at('06'));
    const rows = soaWorkRows(draft, changed.soa.entries);
    expect(isStaleExclusion(rows[1]!, lastScopeChange(changed))).toBe(true);
  });
});

describe('approved versions and the change log', () => {
  const approval = { label: 'v1', approver: 'Dana Smith, CEO', approvedOn: '2026-11-12' };

  it('refuses approval while an excluded control has no justification that can stand', () => {
    const start = workspace();
    const row = soaWorkRows(draft, [])[1]!;
    const unjustified = editSoaEntry(start, row, { justification: 'n/a' }, at('10'));
    const result = approveSoaVersion(unjustified, soaWorkRows(draft, unjustified.soa.entries), approval, at('12'));
    expect(result).toEqual({ ok: false, reason: 'Excluded controls need a justification first: A.6.2.8.' });
  });

  it.each([
    [{ ...approval, label: ' ' }, /label/],
    [{ ...approval, approver: '' }, /approver/],
    [{ ...approval, approvedOn: '12/11/2026' }, /YYYY-MM-DD/],
  ])('refuses approval without label, approver or date', (input, reason) => {
    const result = approveSoaVersion(workspace(), soaWorkRows(draft, []), input, at('12'));
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });

  it('freezes a copy: later edits change the rows, not the approved version', () => {
    const v1 = ok(approveSoaVersion(workspace(), soaWorkRows(draft, []), approval, at('12')));
    const edited = editSoaEntry(v1, soaWorkRows(draft, v1.soa.entries)[0]!, { owner: 'CISO' }, at('13'));
    expect(edited.soa.versions[0]?.rows[0]?.owner).toBe('');
    expect(edited.soa.versions[0]).toMatchObject({
      label: 'v1',
      approver: 'Dana Smith, CEO',
      approvedOn: '2026-11-12',
      recordedAt: at('12').toISOString(),
    });
    expect(approveSoaVersion(edited, soaWorkRows(draft, edited.soa.entries), approval, at('14'))).toEqual({
      ok: false,
      reason: 'A version is already labelled "v1".',
    });
  });

  it('logs which controls changed which fields between approved versions, and when', () => {
    const v1 = ok(approveSoaVersion(workspace(), soaWorkRows(draft, []), approval, at('12')));
    const rows = soaWorkRows(draft, v1.soa.entries);
    const excludeA10 = editSoaEntry(v1, rows[2]!, { applicable: false, justification: REASON }, at('14'));
    const owned = editSoaEntry(excludeA10, soaWorkRows(draft, excludeA10.soa.entries)[0]!, { owner: 'CISO' }, at('15'));
    expect(
      soaChangesSinceApproval(owned.soa.versions, soaWorkRows(draft, owned.soa.entries)).map((change) => [
        change.controlId,
        change.fields,
      ]),
    ).toEqual([
      ['A.2.2', ['owner']],
      ['A.10.3', ['applicable', 'justification']],
    ]);
    const v2 = ok(
      approveSoaVersion(
        owned,
        soaWorkRows(draft, owned.soa.entries),
        { ...approval, label: 'v2', approvedOn: '2026-11-16' },
        at('16'),
      ),
    );
    const log = soaChangeLog(v2.soa.versions);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ from: 'v1', to: 'v2', approvedOn: '2026-11-16' });
    expect(log[0]?.changes.map((change) => [change.controlId, change.kind, change.fields, change.changedAt])).toEqual([
      ['A.2.2', 'changed', ['owner'], at('15').toISOString()],
      ['A.10.3', 'changed', ['applicable', 'justification'], at('14').toISOString()],
    ]);
    expect(soaChangesSinceApproval(v2.soa.versions, soaWorkRows(draft, v2.soa.entries))).toEqual([]);
  });
});

describe('removing a system', () => {
  it('removes the SoA links to it', () => {
    const start = workspace({
      inventory: { systems: [system('bot'), system('cv')], changedAt: '' },
      soa: { entries: [soaEntry('A.2.2', { systemIds: ['bot', 'cv'] })], versions: [] },
    });
    const after = removeInventorySystem(start, 'bot', at('20'));
    expect(after.inventory.systems.map((record) => record.id)).toEqual(['cv']);
    expect(after.soa.entries[0]?.systemIds).toEqual(['cv']);
    expect(after.inventory.changedAt).toBe(at('20').toISOString());
  });
});
