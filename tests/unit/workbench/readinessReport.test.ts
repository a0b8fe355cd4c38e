import { describe, expect, it } from 'vitest';
import {
  NO_EVIDENCE_ACTION,
  WORKBENCH_GAP_ACTIONS,
  gapLines,
  latestApprovedVersion,
  readinessReport,
} from '../../../src/lib/workbench/readinessReport';
import { soaEntry } from './builders';
import { REPORT_TODAY, reportContent, reportWorkspace } from './reportFixture';

describe('readiness report', () => {
  const workspace = reportWorkspace();
  const report = readinessReport(workspace, reportContent, REPORT_TODAY);

  it('scores the workspace answers: 2.5 of 5 applicable questions', () => {
    expect(report.results.score.overall.percent).toBe(50);
    expect(report.results.unanswered.map((question) => question.id)).toEqual(['policy-review']);
  });

  it('puts the edited SoA entry in place of its draft row', () => {
    expect(report.rows.map((row) => [row.controlId, row.source, row.owner])).toEqual([
      ['A.2.2', 'draft', ''],
      ['A.2.3', 'edited', 'Risk office'],
      ['A.2.4', 'draft', ''],
    ]);
  });

  it('combines question and workbench gaps by priority, question gaps first within a priority', () => {
    const summary = report.gaps.map((entry) =>
      entry.source === 'question'
        ? ['question', entry.gap.priority, entry.gap.question.id]
        : ['workbench', entry.gap.priority, entry.gap.kind, Object.values(entry.gap.subject)[1]],
    );
    expect(summary).toEqual([
      ['question', 1, 'policy'],
      ['workbench', 1, 'overdue-evidence', 'old'],
      ['workbench', 1, 'no-impact-assessment', 'cv'],
      ['question', 2, 'leadership'],
      ['question', 2, 'context'],
      ['workbench', 2, 'no-evidence', 'A.2.3'],
      ['workbench', 2, 'no-evidence', 'A.2.4'],
      ['workbench', 2, 'unowned-control', 'A.2.2'],
      ['workbench', 3, 'unowned-control', 'A.2.4'],
    ]);
  });

  it('counts documented and evidenced controls from the register once it has items', () => {
    expect(report.evidence.source).toBe('register');
    // A.2.2's only item is overdue: documented, not evidenced.
    expect(report.evidence.controls.find((control) => control.controlId === 'A.2.2')).toEqual({
      controlId: 'A.2.2',
      documented: true,
      evidenced: false,
    });
    expect(report.evidence.documentedAndEvidenced).toBe(0);
  });

  it('words each gap with the names a person gave and the action to take', () => {
    const lines = gapLines(report, workspace);
    expect(lines[0]).toEqual({
      priority: 1,
      kind: 'In place, evidence not ready',
      subject: 'Question policy?',
      action: NO_EVIDENCE_ACTION,
    });
    expect(lines[1]).toMatchObject({ subject: 'AI policy v1 (A.2.2)', kind: 'Evidence overdue for review' });
    expect(lines[2]).toMatchObject({ subject: 'CV screening', action: WORKBENCH_GAP_ACTIONS['no-impact-assessment'] });
    expect(lines[3]).toMatchObject({ subject: 'Question leadership?', action: 'Do leadership.' });
    expect(lines[5]).toMatchObject({ subject: 'A.2.3 Alignment with other organizational policies' });
  });

  it('names the latest approved SoA version, or none', () => {
    expect(latestApprovedVersion(workspace)).toBeNull();
    const version = (label: string, approvedOn: string) => ({
      label,
      approver: 'CEO',
      approvedOn,
      recordedAt: '2026-11-02T10:00:00.000Z',
      rows: [soaEntry('A.2.2')],
    });
    const approved = {
      ...workspace,
      soa: { ...workspace.soa, versions: [version('v1.0', '2026-06-01'), version('v1.1', '2026-11-02')] },
    };
    expect(latestApprovedVersion(approved)).toEqual({ label: 'v1.1', approvedOn: '2026-11-02' });
  });
});
