import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../src/lib/assessment/results';
import { buildTimelineTable } from '../../../src/lib/estimator/timeline';
import { fixturePricing } from '../estimator/fixtures';
import { answer, areas, bands, questions, scoping } from './fixtures';

const content = {
  areas,
  questions,
  controls: [
    { id: 'A.2.2', title: 'AI policy' },
    { id: 'A.2.3', title: 'Alignment with other organizational policies' },
    { id: 'A.2.4', title: 'Review of the AI policy' },
  ],
  bands,
  phases: [{ id: 'gap-analysis', name: 'Gap analysis', minWeeks: 2, maxWeeks: 3 }],
  timeline: buildTimelineTable(
    [{ id: 'gap-analysis', name: 'Gap analysis', minWeeks: 2, maxWeeks: 3 }],
    fixturePricing(),
  ),
  contentVersion: '2026-11-28',
};

describe('computeResults', () => {
  it('starts at the lowest band with everything unanswered and every control not assessed', () => {
    const results = computeResults(content, { scoping: scoping(), answers: {} });
    expect(results.score.overall.percent).toBe(0);
    expect(results.band?.id).toBe('early');
    expect(results.unanswered).toHaveLength(questions.length);
    expect(results.gaps).toEqual([]);
    expect(results.soa.map((row) => row.status)).toEqual(['not-assessed', 'not-assessed', 'not-assessed']);
    expect(results.timeline.totalExpectedWeeks).toBe(3);
  });

  it('holds the top band back while an essential question is only partial', () => {
    const all = Object.fromEntries(
      questions.map((entry) => [entry.id, answer('implemented', { documented: true, evidenced: true })]),
    );
    expect(computeResults(content, { scoping: scoping(), answers: all }).band?.id).toBe('ready');
    const results = computeResults(content, { scoping: scoping(), answers: { ...all, scope: answer('partial') } });
    expect(results.score.overall.percent).toBe(90);
    expect(results.essentialGaps).toBe(1);
    expect(results.band?.id).toBe('building');
  });
});
