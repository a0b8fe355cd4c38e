import { describe, expect, it } from 'vitest';
import { formatStaleFact, milestoneLine, staleFacts, utcDay } from '../../../src/lib/regulatory/staleness';
import { milestone } from './fixtures';

const yaml = [
  'milestones:',
  '  - id: ai-act-prohibitions',
  '    reviewBy: 2026-11-01',
  '  - id: "ai-act-annex-iii-high-risk"  # moved',
  '    reviewBy: 2026-11-30',
  '  - id: ai-act-annex-iii-high-risk-extra',
].join('\n');

describe('staleFacts', () => {
  const milestones = [
    milestone({ id: 'ai-act-annex-iii-high-risk', verifiedOn: '2026-06-01', reviewBy: '2026-11-30' }),
    milestone({ id: 'ai-act-prohibitions', verifiedOn: '2026-06-01', reviewBy: '2026-11-01' }),
    milestone({ id: 'ai-act-fresh', reviewBy: '2026-12-01' }),
  ];

  it('lists facts whose review day has passed, most overdue first, with the line of their id', () => {
    expect(staleFacts(milestones, utcDay('2026-12-01'), yaml)).toEqual([
      { id: 'ai-act-prohibitions', reviewBy: '2026-11-01', daysOverdue: 30, line: 2 },
      { id: 'ai-act-annex-iii-high-risk', reviewBy: '2026-11-30', daysOverdue: 1, line: 4 },
    ]);
  });

  it('does not count the review day itself as overdue', () => {
    expect(staleFacts(milestones, utcDay('2026-11-01'))).toEqual([]);
  });

  it('formats a warning an editor can click', () => {
    const [fact] = staleFacts(milestones, utcDay('2026-12-01'), yaml);
    expect(formatStaleFact(fact!)).toBe(
      'content/data/regulatory-timeline.yaml:2  milestone "ai-act-prohibitions" was due for review on 2026-11-01 (30 days overdue)  expected the fact re-checked against its source, then verifiedOn set to that day and reviewBy to the next check',
    );
  });

  it('matches the whole id, not a prefix of a longer one', () => {
    expect(milestoneLine(yaml, 'ai-act-annex-iii-high-risk-extra')).toBe(6);
    expect(milestoneLine(yaml, 'ai-act-annex')).toBe(0);
  });

  it('refuses a day that is not YYYY-MM-DD', () => {
    expect(() => utcDay('2026-02-30')).toThrow('"2026-02-30" is not a date written as YYYY-MM-DD');
  });
});
