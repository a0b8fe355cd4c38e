import { describe, expect, it } from 'vitest';
import { citationIssues, citationProblems } from '../../../src/lib/regulatory/citationCheck';
import { milestone } from './fixtures';

const milestones = [
  milestone({ id: 'ai-act-annex-iii-high-risk', previousDate: '2026-08-02' }),
  milestone({ id: 'ai-act-prohibitions' }),
];

describe('citationIssues', () => {
  it('accepts citations of existing milestones in every supported form', () => {
    const text =
      '<Milestone id="ai-act-prohibitions" />\n{milestone:ai-act-annex-iii-high-risk|previous} {milestone:ai-act-prohibitions|year}';
    expect(citationIssues([{ file: 'content/clauses/4.mdx', text }], milestones)).toEqual([]);
  });

  it('names the file, line and closest id of an unknown milestone', () => {
    const text = 'Intro\n\nDue <Milestone id="ai-act-annex-iii" />.';
    expect(citationProblems([{ file: 'content/controls/a-5-2.mdx', text }], milestones)).toEqual([
      'content/controls/a-5-2.mdx:3  milestone "ai-act-annex-iii" does not exist  expected an id from content/data/regulatory-timeline.yaml, such as "ai-act-annex-iii-high-risk"',
    ]);
  });

  it('refuses an unknown format and a "previous" date that does not exist', () => {
    const text = '{milestone:ai-act-prohibitions|weekday}\n{milestone:ai-act-prohibitions|previous}';
    expect(
      citationIssues([{ file: 'content/data/faq.yaml', text }], milestones).map((issue) => [issue.line, issue.what]),
    ).toEqual([
      [1, 'milestone "ai-act-prohibitions" is cited with format "weekday"'],
      [2, 'milestone "ai-act-prohibitions" is cited as "previous" but has no previousDate'],
    ]);
  });
});
