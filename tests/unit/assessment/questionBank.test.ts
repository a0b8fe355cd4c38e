import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  areaOfReference,
  areasFromStandard,
  checkQuestionBank,
  controlsFromStandard,
} from '../../../src/lib/assessment/questionBank';
import type { Question } from '../../../src/lib/assessment/types';
import { assessmentSchema } from '../../../src/schemas/assessment';
import { standardSchema } from '../../../src/schemas/standard';
import { question } from './fixtures';
import { ASSESSMENT_AREA_IDS } from '../support/assessmentAreas';

const read = (path: string) => parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
const standard = standardSchema.parse(read('content/data/standard.yaml'));
const data = assessmentSchema.parse(read('content/data/assessment.yaml'));
const bank = data.questions as Question[];

describe('the question bank in content/data/assessment.yaml', () => {
  it('passes the schema and the cross-checks against the standard', () => {
    expect(checkQuestionBank(bank, standard)).toEqual([]);
  });

  it('has 40-70 questions over 16 areas: clauses 4-10 and the nine Annex A groups', () => {
    const areas = areasFromStandard(standard);
    expect(areas.map((area) => area.id)).toEqual(ASSESSMENT_AREA_IDS);
    expect(bank.length).toBeGreaterThanOrEqual(40);
    expect(bank.length).toBeLessThanOrEqual(70);
  });

  it('maps every one of the 38 controls and every sub-clause of clauses 4-10', () => {
    expect(controlsFromStandard(standard)).toHaveLength(38);
    const referenced = new Set(bank.flatMap((entry) => entry.clauses));
    const leaves = standard.clauses
      .map((clause) => clause.id)
      .filter((id, _index, all) => id.includes('.') && !all.some((other) => other.startsWith(`${id}.`)));
    expect(leaves.filter((id) => !referenced.has(id))).toEqual([]);
  });

  it('keeps question wording unique', () => {
    expect(new Set(bank.map((entry) => entry.text)).size).toBe(bank.length);
  });
});

describe('checkQuestionBank', () => {
  const small = {
    groups: [{ id: 'A.2', title: 'Policies related to AI', controls: [{ id: 'A.2.2', title: 'AI policy' }] }],
    clauses: [
      { id: '4', title: 'Context of the organization' },
      { id: '4.1', title: 'Understanding the organization and its context' },
    ],
  };
  const good = [
    question('context'),
    question('policy', { area: 'A.2', clauses: [], controls: ['A.2.2'], guidance: '/controls/a-2-2/' }),
  ];

  it('accepts a consistent bank', () => {
    expect(checkQuestionBank(good, small)).toEqual([]);
  });

  it('names the question and field of each problem', () => {
    const problems = checkQuestionBank(
      [
        ...good,
        question('context'),
        question('ghost', { area: 'A.2', clauses: [], controls: ['A.2.9'], guidance: '/controls/a-2-9/' }),
        question('elsewhere', { clauses: ['4.7'], guidance: '/clauses/5/' }),
      ],
      small,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'question context: id: used twice; IDs must be unique',
        'question ghost: controls: "A.2.9" is not an Annex A control',
        'question elsewhere: clauses: "4.7" is not a clause of the standard',
        expect.stringMatching(/^question elsewhere: guidance:/),
      ]),
    );
  });

  it('reports uncovered areas and controls', () => {
    expect(checkQuestionBank([good[0]!], small)).toEqual([
      'area A.2: no question covers it',
      'control A.2.2: no question maps to it, so the Statement of Applicability cannot derive it',
    ]);
  });
});

describe('areaOfReference', () => {
  it('finds the area of clauses and controls', () => {
    expect(areaOfReference('6.1.2')).toBe('6');
    expect(areaOfReference('10')).toBe('10');
    expect(areaOfReference('A.6.2.8')).toBe('A.6');
    expect(areaOfReference('A.10.3')).toBe('A.10');
  });
});
