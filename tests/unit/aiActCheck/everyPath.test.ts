/**
 * Properties that must hold on every path through the tree, whatever is answered before or
 * after: the answers that count as "yes, it does this" are listed here from the Act, not read
 * from the tree's effects, so a data change that breaks the law's logic fails these tests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { classifyAnswers } from '../../../src/lib/aiActCheck/classify';
import type { CheckResult } from '../../../src/lib/aiActCheck/types';
import { walkEveryPath, type PathEnd } from './everyPath';
import { milestones, tree } from './support';

/** Answers saying the system does a practice Art. 5 bans (with the Omnibus addition). */
const BANNED_PRACTICE_ANSWERS: Record<string, string[]> = {
  'prohibited-manipulation': ['manipulative-techniques', 'exploits-vulnerabilities'],
  'prohibited-scoring': ['social-scoring', 'crime-prediction'],
  'prohibited-biometric': [
    'face-scraping',
    'emotion-work-education',
    'sensitive-categorisation',
    'real-time-identification',
  ],
  'prohibited-intimate': ['yes'],
};
/** Answers placing the system in an Annex III area (every answer but "none"; "I don't know" assumes one). */
const inAnnexIII = (answerId: string) => answerId !== 'none';

const results: { end: PathEnd; result: CheckResult }[] = [];
let walk = { paths: 0, ends: 0 };

/** The results that break `rule`, as short descriptions, so one failing path is named, not thousands. */
function violations(rule: (entry: { end: PathEnd; result: CheckResult }) => boolean, of = results): string[] {
  return of
    .filter((entry) => !rule(entry))
    .slice(0, 3)
    .map(({ end, result }) => `${result.tier} via ${JSON.stringify(end.answers)}`);
}

beforeAll(() => {
  walk = walkEveryPath(
    tree,
    (question, answer) => {
      const markers: string[] = [];
      if (BANNED_PRACTICE_ANSWERS[question.id]?.includes(answer.id)) markers.push('banned-practice');
      if (question.id === 'annex-iii' && inAnnexIII(answer.id)) markers.push('annex-iii');
      if (question.id === 'profiling' && answer.id === 'yes') markers.push('profiles');
      return markers;
    },
    (end) => {
      const result = classifyAnswers(tree, end.answers, milestones);
      if (result.status !== 'complete') throw new Error(`path ${JSON.stringify(end.answers)} did not complete`);
      results.push({ end, result });
    },
  );
}, 120_000);

describe('every path through the decision tree', { timeout: 60_000 }, () => {
  it('ends in an outcome (the tree is finite and every answer leads on)', () => {
    // Figures for the report: how many answer-level paths exist, and how many distinct ends.
    console.log(`EU AI Act check: ${walk.paths} paths, ${walk.ends} distinct ends walked`);
    expect(walk.paths).toBeGreaterThan(1000);
    expect(new Set(results.map(({ end }) => end.outcomeId))).toEqual(
      new Set(tree.outcomes.map((outcome) => outcome.id)),
    );
  });

  it('ends prohibited, with only the duty to stop, once a banned practice is answered', () => {
    const banned = results.filter(({ end }) => end.markers.has('banned-practice'));
    expect(banned.length).toBeGreaterThan(0);
    expect(
      violations(
        ({ result }) =>
          result.tier === 'prohibited' &&
          result.obligations.map((obligation) => obligation.id).join() === 'stop-prohibited-practice',
        banned,
      ),
    ).toEqual([]);
  });

  it('never ends below high-risk when an Annex III system profiles people', () => {
    const profiling = results.filter(({ end }) => end.markers.has('annex-iii') && end.markers.has('profiles'));
    expect(profiling.length).toBeGreaterThan(0);
    expect(violations(({ result }) => ['high-risk', 'prohibited'].includes(result.tier), profiling)).toEqual([]);
  });

  it('lists no obligations and no 42001 gaps when the Act does not apply', () => {
    const outside = results.filter(({ result }) => result.tier === 'out-of-scope');
    expect(outside.length).toBeGreaterThan(0);
    expect(
      violations(
        ({ result }) =>
          result.obligations.length === 0 && result.notCoveredBy42001.length === 0 && !result.scope.inScope,
        outside,
      ),
    ).toEqual([]);
  });

  it('gives every provider and deployer of an in-scope AI system the AI literacy duty (Art. 4)', () => {
    const systems = results.filter(
      ({ result }) =>
        ['minimal', 'transparency', 'high-risk'].includes(result.tier) &&
        result.outcome.id !== 'annex-i-section-b' &&
        ['provider', 'product-manufacturer', 'deployer'].includes(result.role?.id ?? ''),
    );
    expect(systems.length).toBeGreaterThan(0);
    expect(violations(({ result }) => result.obligations.some((o) => o.id === 'ai-literacy'), systems)).toEqual([]);
  });

  it('asks for the Art. 6(4) record only when the derogation kept an Annex III system out of high-risk', () => {
    const withRecord = results.filter(({ result }) => result.obligations.some((o) => o.id === 'derogation-record'));
    expect(withRecord.length).toBeGreaterThan(0);
    expect(
      violations(
        ({ result }) =>
          result.tier !== 'high-risk' &&
          result.trail.some((step) => step.questionId === 'derogation' && !['none', 'unknown'].includes(step.answerId)),
        withRecord,
      ),
    ).toEqual([]);
  });

  it('gives models with systemic risk the notification and systemic-risk duties, open source or not', () => {
    const systemic = results.filter(({ result }) => result.tier === 'gpai-systemic');
    expect(systemic.length).toBeGreaterThan(0);
    const required = ['model-technical-documentation', 'model-notify-commission', 'model-systemic-risk-duties'];
    expect(
      violations(({ result }) => required.every((id) => result.obligations.some((o) => o.id === id)), systemic),
    ).toEqual([]);
  });

  it('dates every duty with a milestone of the timeline, and says what to find out after every "I don\'t know"', () => {
    const known = new Map(milestones.map((milestone) => [milestone.id, milestone.date.toISOString().slice(0, 10)]));
    expect(
      violations(({ result }) => {
        const unknownSteps = result.trail.filter((step) => step.unknown).map((step) => step.questionId);
        return (
          result.obligations.every((o) => o.appliesFrom.date === known.get(o.appliesFrom.id)) &&
          result.toFindOut.map((open) => open.questionId).join() === unknownSteps.join() &&
          result.provisional === unknownSteps.length > 0
        );
      }),
    ).toEqual([]);
  });
});
