import { describe, expect, it } from 'vitest';
import { describeEffects, methodAnchor, nextAnchor } from '../../../src/lib/aiActCheck/describe';
import { tree } from './support';

const answer = (questionId: string, answerId: string) =>
  tree.questions
    .find((question) => question.id === questionId)!
    .answers.find((candidate) => candidate.id === answerId)!;

describe('the method page’s descriptions of the tree', () => {
  it('says in words what an answer records: tier, role, facts and added duties', () => {
    expect(describeEffects(tree, answer('subject', 'general-purpose-model'))).toEqual([
      'Tier at least: General-purpose AI model.',
      'Your role: Provider.',
    ]);
    expect(describeEffects(tree, answer('annex-iii', 'critical-infrastructure'))).toEqual([
      'Records: Used for a purpose listed in Annex III (Art. 6(2)).',
      'Adds: Register the system at national level; Tell people the system is used for decisions about them.',
    ]);
    expect(describeEffects(tree, answer('military', 'no'))).toEqual([]);
  });

  it('links an answer to the question or the outcome it leads to', () => {
    expect(nextAnchor(tree, 'infers')).toBe(methodAnchor.question('infers'));
    expect(nextAnchor(tree, 'prohibited')).toBe(methodAnchor.outcome('prohibited'));
  });
});
