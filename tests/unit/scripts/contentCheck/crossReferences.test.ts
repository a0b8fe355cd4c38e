import { describe, expect, it } from 'vitest';
import {
  catalogueProblems,
  parseFieldPath,
  unknownReferenceProblems,
  type ValidEntry,
} from '../../../../scripts/lib/contentCheck/crossReferences';
import { parseYaml } from '../../../../scripts/lib/contentCheck/yamlSource';

function entry(file: string, yamlText: string, firstLine = 2): ValidEntry {
  const yaml = parseYaml(yamlText, firstLine);
  return { file, data: yaml.data, yaml };
}

const standard = {
  groups: [{ id: 'A.2', controls: [{ id: 'A.2.2', title: 'AI policy' }] }],
  clauses: [
    { id: '4', title: 'Context of the organization' },
    { id: '4.1', title: 'Understanding the organization and its context' },
  ],
  nistAiRmf: { GOVERN: [2] },
  euAiActArticles: [{ id: 'Art. 9' }],
};

describe('parseFieldPath', () => {
  it('reads the field names the catalogue check prints', () => {
    expect(parseFieldPath('sections[0].nistAiRmf')).toEqual(['sections', 0, 'nistAiRmf']);
    expect(parseFieldPath('related.controls')).toEqual(['related', 'controls']);
  });
});

describe('catalogueProblems', () => {
  const control = entry(
    'content/controls/a-2-2.mdx',
    [
      'id: A.2.2',
      'title: AI policy',
      'group: A.2',
      'crosswalk:',
      '  nistAiRmf: [GOVERN 1.1, GOVERN 7.7]',
      '  euAiAct: []',
      '  iso27001: []',
      'related:',
      '  controls:',
      '    - A.2.2',
      '    - A.5.1',
      '  clauses: []',
    ].join('\n'),
  );
  const clause = {
    ...entry(
      'content/clauses/4.mdx',
      'clause: "4"\nsections:\n  - { id: "4.1", title: Understanding the organization and its context, nistAiRmf: [], euAiAct: [] }\n',
    ),
    headings: ['4.1 Understanding the organization'],
  };

  it('reports the build cross-checks at the line of the wrong value, with what is expected', () => {
    const problems = catalogueProblems({ standard, controls: [control], clauses: [clause] });
    expect(problems.filter((problem) => problem.file.startsWith('content/controls/'))).toEqual([
      {
        file: 'content/controls/a-2-2.mdx',
        line: 6,
        what: 'crosswalk.nistAiRmf: "GOVERN 7.7" is not a NIST AI RMF 1.0 subcategory',
        expected: 'a subcategory that exists in NIST AI RMF 1.0, such as "MEASURE 2.7"',
      },
      {
        file: 'content/controls/a-2-2.mdx',
        line: 12,
        what: 'related.controls: "A.5.1" is not an Annex A control',
        expected: 'a control ID listed in content/data/standard.yaml, such as "A.6.2.8"',
      },
    ]);
    // The fixture has clause 4 only: the others are reported as missing files.
    expect(problems).toContainEqual({
      file: 'content/clauses/10.mdx',
      line: 0,
      what: 'clause: clause 10 has no page',
      expected: 'one file per clause, content/clauses/4.mdx to content/clauses/10.mdx',
    });
  });

  it('reports a sub-clause without its heading in the body', () => {
    const withoutHeading = { ...clause, headings: ['Something else'] };
    expect(catalogueProblems({ standard, controls: [control], clauses: [withoutHeading] })).toContainEqual({
      file: 'content/clauses/4.mdx',
      line: 4,
      what: 'sections[0].id: the body has no heading starting with "4.1 "',
      expected: 'a "## <number> <title>" or "### <number> <title>" heading in the body',
    });
  });
});

describe('unknownReferenceProblems', () => {
  const known = { controls: new Set(['A.2.2', 'A.6.2.8']), clauses: new Set(['4', '4.1', '6.1.2']) };

  it('finds unknown control and clause IDs wherever content names them', () => {
    const industry = entry(
      'content/industries/healthcare.mdx',
      'priorityControls:\n  - { id: A.2.2, why: x }\n  - { id: A.9.9, why: y }\n',
    );
    const mistakes = entry('content/data/mistakes.yaml', 'items:\n  - seeAlso: ["4.1", "A.6.2.8", "7.9"]\n', 1);
    expect(unknownReferenceProblems([industry, mistakes], known)).toEqual([
      {
        file: 'content/industries/healthcare.mdx',
        line: 4,
        what: 'priorityControls[1].id: "A.9.9" is not an Annex A control',
        expected: 'an ID listed in content/data/standard.yaml, such as "A.6.2.8"',
      },
      {
        file: 'content/data/mistakes.yaml',
        line: 2,
        what: 'items[0].seeAlso[2]: "7.9" is not a control or clause',
        expected: 'an ID listed in content/data/standard.yaml, such as "A.6.2.8" or "6.1.2"',
      },
    ]);
  });

  it('says nothing about files without references', () => {
    expect(unknownReferenceProblems([entry('content/updates/x.mdx', 'title: A post\n')], known)).toEqual([]);
  });
});
