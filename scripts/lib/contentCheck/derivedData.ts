/**
 * What the pages derive from several data files (src/data/derive.ts: the question bank against
 * the standard, the estimator's model), run by `npm run check` on the files that passed their
 * schemas: the same code the build runs, each problem reported at its line.
 */
import { deriveAssessment, deriveEstimatorModel } from '../../../src/data/derive';
import type { AssessmentData } from '../../../src/schemas/assessment';
import { dataFilePath } from '../../../src/schemas/collections';
import type { certificationSchema, costsSchema } from '../../../src/schemas/pages';
import type { PricingData } from '../../../src/schemas/pricing';
import type { StandardFacts } from '../../../src/schemas/standard';
import type { z } from 'astro/zod';
import { aiActCheckProblems } from './aiActCheckFacts';
import type { ValidEntry } from './crossReferences';
import type { CheckProblem } from './problems';
import type { FieldPath } from './yamlSource';

const ASSESSMENT = dataFilePath('assessment');

const EXPECTATIONS: [RegExp, string][] = [
  [/is not an Annex A control/, 'an ID listed in content/data/standard.yaml, such as "A.6.2.8"'],
  [/is not a clause of the standard/, 'a clause number listed in content/data/standard.yaml, such as "6.1.2"'],
  [/used twice/, 'an ID no other question has'],
  [/is not a clause 4-10 or Annex A group/, 'a clause such as "6" or a group such as "A.6"'],
  [/belongs to area/, 'an area that one of its clauses or controls belongs to'],
  [/is not the page or section/, 'the page of one of its clauses or controls, such as "/clauses/6/#6-1-2"'],
  [/map at least one/, 'at least one clause or control'],
  [/no question covers it/, 'at least one question in every area'],
  [/no question maps to it/, 'a question that lists the control under controls'],
];
const expectationFor = (message: string) => EXPECTATIONS.find(([pattern]) => pattern.test(message))?.[1] ?? '';

/** Field path of a question bank problem ("question <id>: controls: "A.9.9" is …"), with its printed name. */
function locateBankProblem(problem: string, data: AssessmentData): { path: FieldPath; what: string } {
  const question = /^question (\S+): ([^:]+): (.*)$/s.exec(problem);
  if (!question) return { path: ['questions'], what: problem };
  const [, id, field, message] = question as unknown as [string, string, string, string];
  // A duplicate ID is reported where it is used the second time.
  const index = data.questions.findLastIndex((candidate) => candidate.id === id);
  const name = field.includes('/') ? undefined : (field as keyof AssessmentData['questions'][number]);
  const value = /^"([^"]+)"/.exec(message)?.[1];
  const list = name === undefined ? undefined : data.questions[index]?.[name];
  const item = Array.isArray(list) && value !== undefined ? (list as unknown[]).indexOf(value) : -1;
  const path: FieldPath = ['questions', index, ...(name === undefined ? [] : [name]), ...(item >= 0 ? [item] : [])];
  const printed = path
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`))
    .join('')
    .slice(1);
  return { path, what: `${printed}: ${message}` };
}

function assessmentProblems(assessment: ValidEntry, standard: ValidEntry): CheckProblem[] {
  const data = assessment.data as AssessmentData;
  return deriveAssessment(data, standard.data as StandardFacts).problems.map((problem) => {
    const { path, what } = locateBankProblem(problem, data);
    return { file: ASSESSMENT, line: assessment.yaml?.lineOf(path) ?? 0, what, expected: expectationFor(problem) };
  });
}

function estimatorProblems(costs: ValidEntry, certification: ValidEntry, pricing: ValidEntry): CheckProblem[] {
  const { problem } = deriveEstimatorModel(
    costs.data as z.output<typeof costsSchema>,
    certification.data as z.output<typeof certificationSchema>,
    pricing.data as PricingData,
  );
  if (!problem) return [];
  const entry = [costs, certification, pricing].find((candidate) => candidate.file === problem.file);
  const missing = /needs an? (component|phase) with id "([^"]+)"/.exec(problem.message);
  if (missing) {
    const [, kind, id] = missing as unknown as [string, string, string];
    return [
      {
        file: problem.file,
        line: entry?.yaml?.lineOf([`${kind}s`]) ?? 0,
        what: `${kind}s: no ${kind} with id "${id}"`,
        expected: `a ${kind} with id: ${id} (the estimator is built on it)`,
      },
    ];
  }
  return [{ file: problem.file, line: entry?.yaml?.lineOf([]) ?? 0, what: problem.message, expected: '' }];
}

/**
 * Problems of the derived data, leaving out any at a line that already has a problem (an
 * unknown control in the question bank is also an unknown reference): one mistake, one line.
 */
export function derivedDataProblems(
  valid: ReadonlyMap<string, ValidEntry>,
  alreadyReported: readonly CheckProblem[] = [],
): CheckProblem[] {
  const file = (name: Parameters<typeof dataFilePath>[0]) => valid.get(dataFilePath(name));
  const [assessment, standard] = [file('assessment'), file('standard')];
  const [costs, certification, pricing] = [file('costs'), file('certification'), file('pricing')];
  const problems = [
    ...(assessment && standard ? assessmentProblems(assessment, standard) : []),
    ...(costs && certification && pricing ? estimatorProblems(costs, certification, pricing) : []),
    ...aiActCheckProblems(valid),
  ];
  const taken = new Set(alreadyReported.map((problem) => `${problem.file}:${problem.line}`));
  return problems.filter((problem) => !taken.has(`${problem.file}:${problem.line}`));
}
