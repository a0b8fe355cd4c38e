import { describe, expect, it } from 'vitest';
import {
  citedMilestoneIds,
  expandMilestoneTokens,
  expandTokensDeep,
  findMilestoneReferences,
  textOf,
} from '../../../src/lib/regulatory/citations';

const body = [
  'Intro line.',
  'The obligations apply from <Milestone id="ai-act-annex-iii-high-risk" />, not',
  '<Milestone',
  '  id="ai-act-annex-iii-high-risk" show="previous"',
  '/>. Titles use {milestone:ai-act-annex-i-high-risk|month} and {milestone:ai-act-prohibitions}.',
].join('\n');

describe('finding citations', () => {
  it('finds components and tokens with their lines and formats, in order', () => {
    expect(findMilestoneReferences(body, 10)).toEqual([
      { id: 'ai-act-annex-iii-high-risk', line: 11, format: 'date' },
      { id: 'ai-act-annex-iii-high-risk', line: 12, format: 'previous' },
      { id: 'ai-act-annex-i-high-risk', line: 14, format: 'month' },
      { id: 'ai-act-prohibitions', line: 14, format: 'date' },
    ]);
  });

  it('lists each cited id once', () => {
    expect(citedMilestoneIds(body)).toEqual([
      'ai-act-annex-iii-high-risk',
      'ai-act-annex-i-high-risk',
      'ai-act-prohibitions',
    ]);
  });

  it('reports a component without an id as an empty id rather than skipping it', () => {
    expect(findMilestoneReferences('<Milestone key="x" />')).toEqual([{ id: '', line: 1, format: 'date' }]);
  });
});

describe('expanding tokens', () => {
  const render = (id: string, format: string) => `[${id}/${format}]`;

  it('replaces every token and leaves other braces alone', () => {
    expect(expandMilestoneTokens('From {milestone:a-b} to {milestone:c|year}; {not a token}', render)).toBe(
      'From [a-b/date] to [c/year]; {not a token}',
    );
  });

  it('expands strings inside nested data and keeps dates as dates', () => {
    const updated = new Date('2026-12-01T00:00:00Z');
    const data = { page: { intro: 'Due {milestone:a}', updated }, items: [{ answer: 'By {milestone:b|month}' }] };
    const expanded = expandTokensDeep(data, render);
    expect(expanded).toEqual({ page: { intro: 'Due [a/date]', updated }, items: [{ answer: 'By [b/month]' }] });
    expect(expanded.page.updated).toBeInstanceOf(Date);
    expect(citedMilestoneIds(textOf(data))).toEqual(['a', 'b']);
  });
});
