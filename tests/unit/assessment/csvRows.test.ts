import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/csv';
import { resultsCsvRows, soaCsvRows } from '../../../src/lib/assessment/csvRows';
import { scoreAssessment } from '../../../src/lib/assessment/scoring';
import { deriveStatementOfApplicability } from '../../../src/lib/assessment/statementOfApplicability';
import { answer, areas, justifiedNa, questions } from './fixtures';

const answers = {
  scope: answer('implemented', { documented: true, evidenced: true, note: '=HYPERLINK("http://evil","click")' }),
  context: answer('partial'),
  policy: justifiedNa('-1 reason starting with a minus'),
};

describe('resultsCsvRows', () => {
  const rows = resultsCsvRows(areas, questions, answers, scoreAssessment(areas, questions, answers));

  it('has a header, one row per question and an overall row, all the same width', () => {
    expect(rows).toHaveLength(questions.length + 2);
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
    expect(rows.at(-1)?.slice(0, 2)).toEqual(['Overall', '38%']);
  });

  it('records the answer, what it counts as and the next step for gaps', () => {
    const context = rows.find((row) => row[2] === 'context');
    expect(context).toEqual(expect.arrayContaining(['Partly in place', '0.5', 'Do context.']));
    const policy = rows.find((row) => row[2] === 'policy');
    expect(policy?.[7]).toBe('Not applicable');
    expect(policy?.[8]).toBe('');
    expect(rows.find((row) => row[2] === 'leadership')?.[7]).toBe('Not answered');
  });

  it('is formula-safe once written', () => {
    const csv = toCsv(rows);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(csv).toContain("'-1 reason starting with a minus");
  });
});

describe('soaCsvRows', () => {
  it('writes one row per control with applicability and status', () => {
    const soa = deriveStatementOfApplicability(
      [
        { id: 'A.2.2', title: 'AI policy' },
        { id: 'A.2.4', title: 'Review of the AI policy' },
      ],
      questions,
      { ...answers, 'policy-review': answer('partial', { documented: true }) },
      'user',
    );
    const rows = soaCsvRows(soa);
    expect(rows[0]?.[0]).toBe('Control');
    expect(rows[1]).toEqual([
      'A.2.2',
      'AI policy',
      'No',
      'Excluded: -1 reason starting with a minus',
      'Excluded',
      '',
      '',
      'policy',
    ]);
    expect(rows[2]?.slice(2, 7)).toEqual([
      'Yes',
      expect.stringContaining('Included'),
      'Partially implemented',
      'Yes',
      'No',
    ]);
  });
});
