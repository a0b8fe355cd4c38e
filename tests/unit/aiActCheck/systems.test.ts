/**
 * Realistic systems through the check. Each expectation is written from the Act (and, for dates,
 * from Art. 113 and the timeline entries on the Digital Omnibus), not from the check's output:
 * the tier, the articles a lawyer would expect, and the dates the duties apply.
 */
import { describe, expect, it } from 'vitest';
import { classifyAnswers } from '../../../src/lib/aiActCheck/classify';
import type { CheckAnswers, CheckResult } from '../../../src/lib/aiActCheck/types';
import { milestones, tree } from './support';
import { ordinarySystem } from '../../fixtures/aiActCheck/ordinarySystem';

function classify(answers: CheckAnswers): CheckResult {
  const result = classifyAnswers(tree, answers, milestones);
  if (result.status !== 'complete') throw new Error(`expected a result, got ${result.status}`);
  return result;
}
const duties = (result: CheckResult) => result.obligations.map((obligation) => obligation.id);
const dutyArticles = (result: CheckResult) => result.obligations.flatMap((obligation) => obligation.articles);
const trailArticles = (result: CheckResult) => result.trail.flatMap((step) => step.articles);
const dateOf = (result: CheckResult, id: string) => result.obligations.find((o) => o.id === id)?.appliesFrom;

describe('ten realistic systems', () => {
  it('CV screening sold by an HR software vendor: high-risk under Annex III point 4, Annex III dates', () => {
    const result = classify({ ...ordinarySystem, 'annex-iii': 'employment', profiling: 'yes' });
    expect(result.tier).toBe('high-risk');
    expect(trailArticles(result)).toEqual(expect.arrayContaining(['Annex III, point 4', 'Art. 6(3)']));
    expect(dutyArticles(result)).toEqual(
      expect.arrayContaining([
        'Art. 9',
        'Art. 10',
        'Art. 11',
        'Art. 14',
        'Art. 17',
        'Art. 43',
        'Art. 49(1)',
        'Art. 72',
      ]),
    );
    // Art. 113 set 2 August 2026; the Omnibus moved Annex III to 2 December 2027 (reported).
    expect(dateOf(result, 'risk-management')).toMatchObject({
      date: '2027-12-02',
      previousDate: '2026-08-02',
      confidence: 'reported',
    });
    expect(dateOf(result, 'ai-literacy')?.date).toBe('2025-02-02');
  });

  it('credit scoring used by a bank: high-risk (Annex III point 5(b)), with the deployer duties and a rights assessment', () => {
    const result = classify({ ...ordinarySystem, role: 'deployer', 'annex-iii': 'creditworthiness', profiling: 'yes' });
    expect(result.tier).toBe('high-risk');
    expect(result.role?.id).toBe('deployer');
    expect(trailArticles(result)).toContain('Annex III, point 5(b)');
    expect(duties(result)).toEqual(
      expect.arrayContaining([
        'use-as-instructed',
        'monitor-and-keep-logs',
        'inform-affected-persons',
        'rights-assessment',
      ]),
    );
    // Art. 27(1) names deployers of 5(b) systems without condition; provider duties are not the bank's.
    expect(result.obligations.find((o) => o.id === 'rights-assessment')?.condition).toBeUndefined();
    expect(duties(result)).not.toContain('conformity-assessment');
    expect(dateOf(result, 'rights-assessment')?.date).toBe('2027-12-02');
  });

  it('customer service chatbot built in-house: transparency duties of Art. 50(1) and 50(2) from 2 August 2026', () => {
    const result = classify({ ...ordinarySystem, interaction: 'yes', 'synthetic-content': 'yes' });
    expect(result.tier).toBe('transparency');
    expect(duties(result)).toEqual(['ai-literacy', 'disclose-interaction', 'mark-synthetic-content']);
    expect(dutyArticles(result)).toEqual(expect.arrayContaining(['Art. 4', 'Art. 50(1)', 'Art. 50(2)']));
    expect(dateOf(result, 'disclose-interaction')?.date).toBe('2026-08-02');
  });

  it('spam filter: minimal risk, AI literacy only', () => {
    const result = classify(ordinarySystem);
    expect(result.tier).toBe('minimal');
    expect(duties(result)).toEqual(['ai-literacy']);
    expect(result.scope.inScope).toBe(true);
  });

  it('AI in a medical device that needs a notified body: high-risk under Art. 6(1), Annex I dates, no EU database registration', () => {
    const result = classify({
      ...ordinarySystem,
      role: 'product-manufacturer',
      'annex-i': 'section-a',
      'notified-body-a': 'yes',
    });
    expect(result.tier).toBe('high-risk');
    expect(trailArticles(result)).toEqual(expect.arrayContaining(['Art. 6(1)(a)', 'Art. 6(1)(b)']));
    expect(duties(result)).toEqual(
      expect.arrayContaining(['risk-management', 'conformity-assessment', 'post-market-monitoring']),
    );
    // Art. 49(1) registration is for Annex III systems only.
    expect(duties(result)).not.toContain('registration');
    // Art. 113(c) set 2 August 2027; the Omnibus moved it to 2 August 2028 (reported).
    expect(dateOf(result, 'conformity-assessment')).toMatchObject({ date: '2028-08-02', previousDate: '2027-08-02' });
  });

  it('general-purpose model trained with more than 10^25 FLOP: systemic risk, Art. 52, 53 and 55 from 2 August 2025', () => {
    const result = classify({
      subject: 'general-purpose-model',
      'model-on-market': 'yes',
      compute: 'yes',
      'model-open-source': 'no',
      'model-before-2025': 'no',
    });
    expect(result.tier).toBe('gpai-systemic');
    expect(dutyArticles(result)).toEqual(
      expect.arrayContaining([
        'Art. 53(1)(a)',
        'Art. 53(1)(b)',
        'Art. 53(1)(c)',
        'Art. 53(1)(d)',
        'Art. 52(1)',
        'Art. 55(1)',
      ]),
    );
    expect(dateOf(result, 'model-systemic-risk-duties')?.date).toBe('2025-08-02');
    expect(duties(result)).not.toContain('ai-literacy');
  });

  it('targeting system used only by the armed forces: outside the Act under Art. 2(3)', () => {
    const result = classify({ ...ordinarySystem, military: 'yes' });
    expect(result.tier).toBe('out-of-scope');
    expect(result.scope).toMatchObject({ inScope: false, articles: ['Art. 2(3)'] });
    expect(result.obligations).toEqual([]);
  });

  it('deep fake video made by a marketing agency with a generator: the deployer must disclose it (Art. 50(4))', () => {
    const result = classify({
      ...ordinarySystem,
      role: 'deployer',
      'synthetic-content': 'yes',
      'deep-fake': 'deep-fakes',
    });
    expect(result.tier).toBe('transparency');
    // Marking under Art. 50(2) is the generator's provider's duty, not the agency's.
    expect(duties(result)).toEqual(['ai-literacy', 'disclose-deep-fake']);
    expect(dateOf(result, 'disclose-deep-fake')?.date).toBe('2026-08-02');
  });

  it('emotion recognition of call-centre staff: prohibited by Art. 5(1)(f) since 2 February 2025', () => {
    const result = classify({ ...ordinarySystem, role: 'deployer', 'prohibited-biometric': 'emotion-work-education' });
    expect(result.tier).toBe('prohibited');
    expect(trailArticles(result)).toContain('Art. 5(1)(f)');
    expect(duties(result)).toEqual(['stop-prohibited-practice']);
    expect(dateOf(result, 'stop-prohibited-practice')?.date).toBe('2025-02-02');
  });

  it('research prototype used only for scientific research: outside the Act under Art. 2(6)', () => {
    const result = classify({ ...ordinarySystem, research: 'sole-research' });
    expect(result.tier).toBe('out-of-scope');
    expect(result.scope.articles).toEqual(['Art. 2(6)']);
    expect(result.obligations).toEqual([]);
  });
});

describe('rules the ten systems do not reach', () => {
  it('a deployer that rebrands a high-risk system becomes its provider (Art. 25(1))', () => {
    const result = classify({
      ...ordinarySystem,
      role: 'deployer',
      'value-chain': 'yes',
      'annex-iii': 'education',
      profiling: 'yes',
    });
    expect(result.role).toMatchObject({ id: 'provider', answered: 'deployer', becameProvider: true });
    expect(duties(result)).toContain('conformity-assessment');
    expect(result.notes.map((note) => note.flag)).toContain('value-chain-change');
  });

  it('the same change to a minimal-risk system leaves the deployer a deployer', () => {
    const result = classify({ ...ordinarySystem, role: 'deployer', 'value-chain': 'yes' });
    expect(result.role).toMatchObject({ id: 'deployer', becameProvider: false });
    expect(result.notes).toEqual([]);
  });

  it('an Annex III tool for a narrow procedural task is not high-risk, but must be documented and registered (Art. 6(3), 6(4))', () => {
    const result = classify({ ...ordinarySystem, 'annex-iii': 'employment', derogation: 'narrow-procedural-task' });
    expect(result.tier).toBe('minimal');
    expect(duties(result)).toEqual(['ai-literacy', 'derogation-record']);
    expect(dutyArticles(result)).toEqual(expect.arrayContaining(['Art. 6(4)', 'Art. 49(2)']));
  });

  it('an open-source minimal-risk system is outside the Act (Art. 2(12)), but an open-source chatbot is not', () => {
    expect(classify({ ...ordinarySystem, 'open-source': 'yes' })).toMatchObject({
      tier: 'out-of-scope',
      obligations: [],
    });
    expect(classify({ ...ordinarySystem, 'open-source': 'yes', interaction: 'yes' }).tier).toBe('transparency');
  });

  it('an open-source model without systemic risk keeps only the copyright policy and training summary (Art. 53(2))', () => {
    const result = classify({
      subject: 'general-purpose-model',
      'model-on-market': 'yes',
      compute: 'no',
      'model-open-source': 'yes',
      'model-before-2025': 'yes',
    });
    expect(result.tier).toBe('gpai');
    expect(duties(result)).toEqual(['model-copyright-policy', 'model-training-summary']);
    // Art. 111(3): models on the market before 2 August 2025 have until 2 August 2027.
    expect(dateOf(result, 'model-copyright-policy')?.date).toBe('2027-08-02');
  });

  it('a car driver-assistance component under a Section B law: high-risk, but only Art. 6(1), 102-109 and 112 apply (Art. 2(2))', () => {
    const result = classify({ ...ordinarySystem, 'annex-i': 'section-b', 'notified-body-b': 'yes' });
    expect(result).toMatchObject({ tier: 'high-risk', outcome: { id: 'annex-i-section-b' }, obligations: [] });
  });

  it('a nudification app: prohibited by the Omnibus addition to Art. 5, dated as reported', () => {
    const result = classify({ ...ordinarySystem, 'prohibited-intimate': 'yes' });
    expect(result.tier).toBe('prohibited');
    expect(dateOf(result, 'stop-prohibited-practice')).toMatchObject({ date: '2026-12-02', confidence: 'reported' });
    expect(result.notes.map((note) => note.flag)).toEqual(['omnibus-intimate-imagery-ban']);
  });

  it('"I don\'t know" carries on with the cautious assumption and says what to find out', () => {
    const result = classify({ ...ordinarySystem, 'annex-iii': 'employment', profiling: 'unknown' });
    expect(result.tier).toBe('high-risk');
    expect(result.provisional).toBe(true);
    expect(result.toFindOut).toEqual([
      expect.objectContaining({ questionId: 'profiling', articles: ['Art. 6(3)', 'Art. 3(52)'] }),
    ]);
  });

  it('stops at the first unanswered question, and at an answer the question does not have', () => {
    expect(classifyAnswers(tree, { subject: 'system' }, milestones)).toMatchObject({
      status: 'incomplete',
      nextQuestionId: 'infers',
    });
    expect(classifyAnswers(tree, { subject: 'system', infers: 'maybe' }, milestones)).toMatchObject({
      status: 'invalid-answer',
      questionId: 'infers',
      answerId: 'maybe',
    });
  });
});
