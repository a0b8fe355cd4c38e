import { describe, expect, it } from 'vitest';
import {
  checkClauses,
  checkControls,
  formatProblems,
  listNistSubcategories,
  type ClausePage,
  type ControlPage,
  type StandardCatalogue,
} from '../../src/lib/catalogue';

const standard: StandardCatalogue = {
  groups: [
    {
      id: 'A.2',
      controls: [
        { id: 'A.2.2', title: 'AI policy' },
        { id: 'A.2.3', title: 'Alignment with other organizational policies' },
      ],
    },
  ],
  clauses: [
    { id: '6', title: 'Planning' },
    { id: '6.1', title: 'Actions to address risks and opportunities' },
    { id: '6.1.2', title: 'AI risk assessment' },
  ],
  nistAiRmf: { GOVERN: [2], MAP: [1, 3] },
  euAiActArticles: [{ id: 'Art. 9' }],
};

function control(overrides: Partial<ControlPage> = {}): ControlPage {
  return {
    file: 'content/controls/a-2-2.mdx',
    id: 'A.2.2',
    title: 'AI policy',
    group: 'A.2',
    crosswalk: { nistAiRmf: ['GOVERN 1.1'], euAiAct: ['Art. 9'], iso27001: [] },
    related: { controls: ['A.2.3'], clauses: ['6.1.2'] },
    ...overrides,
  };
}
const secondControl = control({
  file: 'content/controls/a-2-3.mdx',
  id: 'A.2.3',
  title: 'Alignment with other organizational policies',
  related: { controls: [], clauses: [] },
});

describe('listNistSubcategories', () => {
  it('expands per-category counts into subcategory names', () => {
    expect([...listNistSubcategories({ GOVERN: [2], MAP: [1, 3] })]).toEqual([
      'GOVERN 1.1',
      'GOVERN 1.2',
      'MAP 1.1',
      'MAP 2.1',
      'MAP 2.2',
      'MAP 2.3',
    ]);
  });
});

describe('checkControls', () => {
  it('accepts a complete, consistent catalogue', () => {
    expect(checkControls(standard, [control(), secondControl])).toEqual([]);
  });

  it('reports a missing control with the file it expects', () => {
    const problems = checkControls(standard, [control()]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/controls/a-2-3.mdx',
        field: 'id',
        message: expect.stringContaining('A.2.3 has no page'),
      }),
    ]);
  });

  it('reports a duplicated control naming both files', () => {
    const copy = control({ file: 'content/controls/copy/a-2-2.mdx' });
    const problems = checkControls(standard, [control(), copy, secondControl]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/controls/copy/a-2-2.mdx', field: 'id' });
    expect(problems[0]!.message).toContain('already used by content/controls/a-2-2.mdx');
  });

  it('rejects an ID that is not in Annex A, such as the often-misquoted A.5.1', () => {
    const problems = checkControls(standard, [
      control(),
      secondControl,
      control({ file: 'content/controls/a-5-1.mdx', id: 'A.5.1' }),
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/controls/a-5-1.mdx',
        field: 'id',
        message: expect.stringContaining('not an Annex A control'),
      }),
    ]);
  });

  it('names the field for wrong titles, groups, file names and cross-references', () => {
    const bad = control({
      file: 'content/controls/policy.mdx',
      title: 'AI Policy',
      group: 'A.3',
      crosswalk: { nistAiRmf: ['GOVERN 9.9'], euAiAct: ['Art. 99'], iso27001: [] },
      related: { controls: ['A.2.9'], clauses: ['11'] },
    });
    const fields = checkControls(standard, [bad, secondControl]).map((problem) => problem.field);
    expect(fields).toEqual([
      'id',
      'title',
      'group',
      'crosswalk.nistAiRmf',
      'crosswalk.euAiAct',
      'related.controls',
      'related.clauses',
    ]);
  });
});

describe('checkClauses', () => {
  const page = (overrides: Partial<ClausePage> = {}): ClausePage => ({
    file: 'content/clauses/6.mdx',
    clause: '6',
    sections: [
      { id: '6.1', title: 'Actions to address risks and opportunities', nistAiRmf: [], euAiAct: [] },
      { id: '6.1.2', title: 'AI risk assessment', nistAiRmf: ['MAP 2.3'], euAiAct: ['Art. 9'] },
    ],
    headings: ['6.1 Actions to address risks and opportunities', '6.1.2 AI risk assessment'],
    ...overrides,
  });

  it('accepts a clause page with every sub-clause and heading', () => {
    const problems = checkClauses(standard, [page()]);
    // Only the other clauses, which this small fixture does not have, are reported.
    expect(problems.map((problem) => problem.file)).toEqual(
      ['4', '5', '7', '8', '9', '10'].map((n) => `content/clauses/${n}.mdx`),
    );
  });

  it('reports a missing sub-clause, a missing heading and an unknown NIST subcategory', () => {
    const problems = checkClauses(standard, [
      page({
        sections: [{ id: '6.1.2', title: 'AI risk assessment', nistAiRmf: ['MEASURE 1.1'], euAiAct: [] }],
        headings: ['AI risk assessment'],
      }),
    ]).filter((problem) => problem.file === 'content/clauses/6.mdx');
    expect(formatProblems(problems)).toBe(
      [
        'content/clauses/6.mdx  sections: sub-clause 6.1 "Actions to address risks and opportunities" is missing',
        'content/clauses/6.mdx  sections[0].id: the body has no heading starting with "6.1.2 "',
        'content/clauses/6.mdx  sections[0].nistAiRmf: "MEASURE 1.1" is not a NIST AI RMF 1.0 subcategory',
      ].join('\n'),
    );
  });
});
