/**
 * The graph check of the EU AI Act decision tree, run by the build and by `npm run check`: every
 * link points somewhere, every node is reachable from the start, there are no cycles (so every
 * path ends in an outcome), sections come in order, and every article, milestone, clause and
 * control the tree cites exists. Each problem names the field, as a path into the data file.
 */
import type { AiActCheckData } from '../../schemas/aiActCheck';
import { unknownReferences } from './references';
import { SECTIONS } from './vocabulary';

export type FieldPath = (string | number)[];

export interface TreeProblem {
  path: FieldPath;
  what: string;
  expected: string;
}

/** What the tree may cite, from the other data files and the controls collection. */
export interface TreeReferences {
  /** "Art. 6", "Annex III": ids from content/data/ai-act-articles.yaml. */
  articles: ReadonlySet<string>;
  /** Milestone ids from content/data/regulatory-timeline.yaml. */
  milestones: ReadonlySet<string>;
  /** Annex A control ids of the controls collection. */
  controls: ReadonlySet<string>;
  /** Clause and sub-clause numbers of the standard. */
  clauses: ReadonlySet<string>;
}

type Problems = TreeProblem[];

function duplicates(ids: readonly string[]): Map<string, number> {
  const seen = new Set<string>();
  const twice = new Map<string, number>();
  ids.forEach((id, index) => (seen.has(id) ? twice.set(id, index) : seen.add(id)));
  return twice;
}

function checkIds(tree: AiActCheckData, problems: Problems): void {
  const nodes = [...tree.questions.map((q) => q.id), ...tree.outcomes.map((o) => o.id)];
  for (const [id, index] of duplicates(nodes)) {
    const path: FieldPath =
      index < tree.questions.length ? ['questions', index, 'id'] : ['outcomes', index - tree.questions.length, 'id'];
    problems.push({ path, what: `"${id}" is used by two questions or outcomes`, expected: 'an id no other node has' });
  }
  tree.questions.forEach((question, q) => {
    for (const [id, index] of duplicates(question.answers.map((a) => a.id))) {
      problems.push({
        path: ['questions', q, 'answers', index, 'id'],
        what: `answer "${id}" appears twice`,
        expected: 'answer ids unique within the question',
      });
    }
    const unknowns = question.answers.filter((answer) => answer.unknown).length;
    if (unknowns !== 1) {
      problems.push({
        path: ['questions', q, 'answers'],
        what: `question "${question.id}" has ${unknowns} "I don't know" answers`,
        expected: 'exactly one answer with unknown: true',
      });
    }
  });
  for (const [list, ids] of [
    ['obligations', tree.obligations.map((o) => o.id)],
    ['flags', tree.flags.map((f) => f.id)],
    ['tiers', tree.tiers.map((t) => t.id)],
    ['roles', tree.roles.map((r) => r.id)],
  ] as const) {
    for (const [id, index] of duplicates(ids)) {
      problems.push({ path: [list, index, 'id'], what: `"${id}" is listed twice`, expected: 'each id once' });
    }
  }
  tree.sections.forEach((section, index) => {
    if (section.id !== SECTIONS[index]) {
      problems.push({
        path: ['sections', index, 'id'],
        what: `section "${section.id}" is out of order`,
        expected: `the sections in this order: ${SECTIONS.join(', ')}`,
      });
    }
  });
}

function checkLinks(tree: AiActCheckData, problems: Problems): void {
  const questions = new Map(tree.questions.map((question) => [question.id, question]));
  const outcomes = new Set(tree.outcomes.map((outcome) => outcome.id));
  const nodeIds = [...questions.keys(), ...outcomes];
  if (!questions.has(tree.start)) {
    problems.push({
      path: ['start'],
      what: `start "${tree.start}" is not a question`,
      expected: `a question id such as "${tree.questions[0]?.id}"`,
    });
  }
  tree.questions.forEach((question, q) => {
    question.answers.forEach((answer, a) => {
      const next = questions.get(answer.next);
      if (!next && !outcomes.has(answer.next)) {
        problems.push({
          path: ['questions', q, 'answers', a, 'next'],
          what: `"${answer.next}" is not a question or outcome (dangling link)`,
          expected: `one of ${nodeIds.join(', ')}`,
        });
      } else if (next && SECTIONS.indexOf(next.section) < SECTIONS.indexOf(question.section)) {
        problems.push({
          path: ['questions', q, 'answers', a, 'next'],
          what: `"${answer.next}" (section ${next.section}) comes after "${question.id}" (section ${question.section})`,
          expected: `sections in the order ${SECTIONS.join(', ')} along every path`,
        });
      }
    });
  });
}

/** Nodes reachable from the start, and the first cycle found (as a list of ids), if any. */
function explore(tree: AiActCheckData): { reachable: Set<string>; cycle: string[] | undefined } {
  const questions = new Map(tree.questions.map((question) => [question.id, question]));
  const reachable = new Set<string>();
  const onStack: string[] = [];
  let cycle: string[] | undefined;
  const visit = (id: string) => {
    if (onStack.includes(id)) {
      cycle ??= [...onStack.slice(onStack.indexOf(id)), id];
      return;
    }
    if (reachable.has(id)) return;
    reachable.add(id);
    const question = questions.get(id);
    if (!question) return;
    onStack.push(id);
    for (const next of new Set(question.answers.map((answer) => answer.next))) visit(next);
    onStack.pop();
  };
  if (questions.has(tree.start)) visit(tree.start);
  return { reachable, cycle };
}

function checkGraph(tree: AiActCheckData, problems: Problems): void {
  const { reachable, cycle } = explore(tree);
  if (cycle) {
    const index = tree.questions.findIndex((question) => question.id === cycle[0]);
    problems.push({
      path: ['questions', index],
      what: `the tree has a cycle: ${cycle.join(' → ')}`,
      expected: 'every path to move forward to an outcome',
    });
  }
  if (!tree.questions.some((question) => question.id === tree.start)) return;
  tree.questions.forEach((question, index) => {
    if (!reachable.has(question.id)) {
      problems.push({
        path: ['questions', index, 'id'],
        what: `question "${question.id}" cannot be reached from "${tree.start}"`,
        expected: 'an answer somewhere that leads to it, or removing it',
      });
    }
  });
  tree.outcomes.forEach((outcome, index) => {
    if (!reachable.has(outcome.id)) {
      problems.push({
        path: ['outcomes', index, 'id'],
        what: `outcome "${outcome.id}" cannot be reached from "${tree.start}"`,
        expected: 'an answer somewhere that leads to it, or removing it',
      });
    }
  });
}

function checkReferences(tree: AiActCheckData, known: TreeReferences, problems: Problems): void {
  const cite = (path: FieldPath, references: readonly string[]) => {
    for (const reference of unknownReferences(references, known.articles)) {
      problems.push({
        path: [...path, references.indexOf(reference)],
        what: `"${reference}" cites an article the site does not know`,
        expected: 'an article or annex listed in content/data/ai-act-articles.yaml',
      });
    }
  };
  const flags = new Set(tree.flags.map((flag) => flag.id));
  const obligations = new Map(tree.obligations.map((obligation) => [obligation.id, obligation]));
  const milestone = (path: FieldPath, id: string) => {
    if (!known.milestones.has(id)) {
      problems.push({
        path,
        what: `milestone "${id}" does not exist`,
        expected: 'a milestone id from content/data/regulatory-timeline.yaml',
      });
    }
  };
  const flag = (path: FieldPath, id: string) => {
    if (!flags.has(id))
      problems.push({
        path,
        what: `flag "${id}" is not listed under flags`,
        expected: `one of ${[...flags].join(', ')}`,
      });
  };
  const addedSomewhere = new Set<string>();

  tree.roles.forEach((role, index) => cite(['roles', index, 'articles'], role.articles));
  tree.questions.forEach((question, q) => {
    cite(['questions', q, 'articles'], question.articles);
    question.answers.forEach((answer, a) => {
      const at: FieldPath = ['questions', q, 'answers', a];
      cite([...at, 'articles'], answer.articles);
      answer.effects.flags.forEach((id, i) => flag([...at, 'effects', 'flags', i], id));
      answer.effects.obligations.forEach((id, i) => {
        addedSomewhere.add(id);
        const obligation = obligations.get(id);
        if (!obligation || !obligation.addedByAnswers) {
          problems.push({
            path: [...at, 'effects', 'obligations', i],
            what: obligation ? `obligation "${id}" is not marked addedByAnswers` : `obligation "${id}" does not exist`,
            expected: 'the id of an obligation with addedByAnswers: true',
          });
        }
      });
    });
  });
  tree.flags.forEach((entry, index) => {
    cite(['flags', index, 'articles'], entry.articles);
    entry.alsoSee.forEach((id, i) => milestone(['flags', index, 'alsoSee', i], id));
  });
  tree.obligations.forEach((obligation, index) => {
    const at: FieldPath = ['obligations', index];
    cite([...at, 'articles'], obligation.articles);
    milestone([...at, 'appliesFrom'], obligation.appliesFrom);
    obligation.dateWhen.forEach((rule, i) => {
      flag([...at, 'dateWhen', i, 'flag'], rule.flag);
      milestone([...at, 'dateWhen', i, 'appliesFrom'], rule.appliesFrom);
    });
    if (obligation.waivedWhen) flag([...at, 'waivedWhen', 'flag'], obligation.waivedWhen.flag);
    obligation.alsoSee.forEach((id, i) => milestone([...at, 'alsoSee', i], id));
    obligation.iso42001.controls.forEach((id, i) => {
      if (!known.controls.has(id)) {
        problems.push({
          path: [...at, 'iso42001', 'controls', i],
          what: `"${id}" is not an Annex A control`,
          expected: 'a control ID of content/controls/, such as "A.6.2.8"',
        });
      }
    });
    obligation.iso42001.clauses.forEach((id, i) => {
      if (!known.clauses.has(id)) {
        problems.push({
          path: [...at, 'iso42001', 'clauses', i],
          what: `"${id}" is not a clause of the standard`,
          expected: 'a clause number listed in content/data/standard.yaml, such as "6.1.2"',
        });
      }
    });
    if (obligation.addedByAnswers && !addedSomewhere.has(obligation.id)) {
      problems.push({
        path: [...at, 'addedByAnswers'],
        what: `obligation "${obligation.id}" is added by no answer`,
        expected: 'an answer whose effects list it, or addedByAnswers: false',
      });
    }
  });
}

/** Every problem of the tree; none means the check can be built from it. */
export function treeProblems(tree: AiActCheckData, known: TreeReferences): TreeProblem[] {
  const problems: Problems = [];
  checkIds(tree, problems);
  checkLinks(tree, problems);
  checkGraph(tree, problems);
  checkReferences(tree, known, problems);
  return problems;
}

/** "questions[3].answers[1].next" for a field path. */
export const fieldName = (path: FieldPath) =>
  path
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`))
    .join('')
    .slice(1);

/** The problems as `field: what; expected …` lines for a build error. */
export const formatTreeProblems = (file: string, problems: readonly TreeProblem[]) =>
  problems.map((problem) => `${file}  ${fieldName(problem.path)}: ${problem.what}  expected ${problem.expected}`);
