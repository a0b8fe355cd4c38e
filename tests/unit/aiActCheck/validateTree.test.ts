/**
 * The graph check over the real tree, and over copies of it with one mistake planted each: the
 * check must name the mistake and the field it is in.
 */
import { describe, expect, it } from 'vitest';
import { fieldName, treeProblems } from '../../../src/lib/aiActCheck/validateTree';
import { aiActCheckSchema } from '../../../src/schemas/aiActCheck';
import { rawTree, references, tree } from './support';

type Raw = Record<string, unknown>;
type RawQuestion = {
  id: string;
  section: string;
  answers: { id: string; next: string; unknown?: boolean; articles?: string[] }[];
};
type RawObligation = { id: string; appliesFrom: string; iso42001: { controls: string[]; clauses: string[] } };

const questions = (raw: Raw) => raw.questions as RawQuestion[];
const question = (raw: Raw, id: string) => questions(raw).find((candidate) => candidate.id === id)!;
const answer = (raw: Raw, questionId: string, answerId: string) =>
  question(raw, questionId).answers.find((candidate) => candidate.id === answerId)!;

/** Problems of the raw tree after `plant` changed it, as "field: what" lines. */
function problemsAfter(plant: (raw: Raw) => void): string[] {
  const raw = rawTree();
  plant(raw);
  return treeProblems(aiActCheckSchema.parse(raw), references).map(
    (problem) => `${fieldName(problem.path)}: ${problem.what}`,
  );
}

describe('the decision tree in content/data/ai-act-check.yaml', () => {
  it('passes the graph check', () => {
    expect(treeProblems(tree, references)).toEqual([]);
  });

  it('cites only articles from the article list, which has a EUR-Lex link for each', () => {
    // Guards the fixture below: the planted unknown article must be the only problem.
    expect(references.articles.has('Art. 6')).toBe(true);
    expect(references.articles.has('Art. 7')).toBe(false);
  });
});

describe('the graph check rejects', () => {
  it('a question no answer leads to', () => {
    const problems = problemsAfter((raw) => {
      // Route around "research": military's "no" now skips it.
      answer(raw, 'military', 'no').next = 'personal';
      answer(raw, 'military', 'unknown').next = 'personal';
    });
    expect(problems).toEqual([
      expect.stringMatching(/^questions\[\d+\]\.id: question "research" cannot be reached from "subject"$/),
    ]);
  });

  it('an outcome no answer leads to', () => {
    const problems = problemsAfter((raw) => {
      answer(raw, 'infers', 'no').next = 'out-of-scope';
    });
    expect(problems).toEqual([expect.stringMatching(/outcome "not-ai-system" cannot be reached/)]);
  });

  it('a cycle', () => {
    const problems = problemsAfter((raw) => {
      // Same section, so only the cycle is wrong.
      answer(raw, 'personal', 'no').next = 'eu-link';
    });
    expect(problems).toContainEqual(
      expect.stringMatching(/the tree has a cycle: eu-link → military → research → personal → eu-link/),
    );
  });

  it('a dangling link', () => {
    const problems = problemsAfter((raw) => {
      answer(raw, 'role', 'importer').next = 'importer-questions';
    });
    expect(problems).toEqual([
      expect.stringMatching(/^questions\[\d+\]\.answers\[2\]\.next: "importer-questions" is not a question or outcome/),
    ]);
  });

  it('an article the site does not know', () => {
    const problems = problemsAfter((raw) => {
      answer(raw, 'annex-iii', 'employment').articles = ['Annex III, point 4', 'Art. 7(1)'];
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^questions\[\d+\]\.answers\[3\]\.articles\[1\]: "Art. 7\(1\)" cites an article the site does not know$/,
      ),
    ]);
  });

  it('a milestone that is not in the timeline', () => {
    const problems = problemsAfter((raw) => {
      (raw.obligations as RawObligation[])[0]!.appliesFrom = 'ai-act-literacy';
    });
    expect(problems).toEqual(['obligations[0].appliesFrom: milestone "ai-act-literacy" does not exist']);
  });

  it('a control that is not in the controls collection', () => {
    const problems = problemsAfter((raw) => {
      (raw.obligations as RawObligation[])[0]!.iso42001.controls = ['A.4.6', 'A.4.9'];
    });
    expect(problems).toEqual(['obligations[0].iso42001.controls[1]: "A.4.9" is not an Annex A control']);
  });

  it('a question that goes back to an earlier section', () => {
    const problems = problemsAfter((raw) => {
      // The model path's scope question: going there makes no cycle, only a step back.
      answer(raw, 'deep-fake', 'neither').next = 'model-on-market';
    });
    expect(problems).toEqual([
      expect.stringMatching(/"model-on-market" \(section scope\) comes after "deep-fake" \(section transparency\)/),
    ]);
  });

  it('a question without an "I don\'t know" answer', () => {
    const problems = problemsAfter((raw) => {
      const military = question(raw, 'military');
      military.answers = military.answers.filter((candidate) => !candidate.unknown);
    });
    expect(problems).toEqual([expect.stringMatching(/question "military" has 0 "I don't know" answers/)]);
  });

  it('an answer that adds an obligation meant for every path of its tier', () => {
    const problems = problemsAfter((raw) => {
      const effects = (answer(raw, 'annex-iii', 'education') as unknown as { effects: { obligations: string[] } })
        .effects;
      effects.obligations.push('risk-management');
    });
    expect(problems).toEqual([expect.stringMatching(/obligation "risk-management" is not marked addedByAnswers/)]);
  });
});
