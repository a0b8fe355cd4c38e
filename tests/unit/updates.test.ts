import { describe, expect, it } from 'vitest';
import { countTags, paginate, updatesPagePath, visibleUpdates } from '../../src/lib/updates';
import { readingMinutes } from '../../src/lib/readingTime';
import { checklistRows } from '../../src/lib/checklist';

const update = (id: string, date: string, draft = false, tags: string[] = []) => ({
  id,
  data: { publishDate: new Date(date), draft, tags, title: id },
});

describe('visibleUpdates', () => {
  const entries = [
    update('old', '2025-01-01', false, ['eu-ai-act']),
    update('draft', '2026-12-01', true),
    update('new', '2026-06-01', false, ['eu-ai-act', 'iso']),
  ];

  it('leaves drafts out of a production build and sorts newest first', () => {
    expect(visibleUpdates(entries, false).map((entry) => entry.id)).toEqual(['new', 'old']);
  });

  it('shows drafts on the dev server', () => {
    expect(visibleUpdates(entries, true).map((entry) => entry.id)).toEqual(['draft', 'new', 'old']);
  });

  it('counts tags alphabetically', () => {
    expect(countTags(visibleUpdates(entries, false))).toEqual([
      { tag: 'eu-ai-act', count: 2 },
      { tag: 'iso', count: 1 },
    ]);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes('word '.repeat(660))).toBe(3);
    expect(readingMinutes('short')).toBe(1);
  });
});

describe('checklistRows', () => {
  it('starts with the header and keeps list cells one item a line', () => {
    const rows = checklistRows([
      {
        id: 'A.2.2',
        group: 'A.2',
        groupTitle: 'Policies related to AI',
        title: 'AI policy',
        summary: 'Have a policy.',
        evidence: ['Approved policy', 'Review record'],
        crosswalk: { nistAiRmf: ['GOVERN 1.1', 'GOVERN 1.2'], euAiAct: ['Art. 5'], iso27001: [] },
      },
    ]);
    expect(rows[0]).toEqual(['id', 'group', 'title', 'summary', 'evidence', 'NIST AI RMF', 'EU AI Act', 'ISO 27001']);
    expect(rows[1]).toEqual([
      'A.2.2',
      'A.2 Policies related to AI',
      'AI policy',
      'Have a policy.',
      'Approved policy\nReview record',
      'GOVERN 1.1; GOVERN 1.2',
      'Art. 5',
      '',
    ]);
  });
});

describe('paginate and updatesPagePath', () => {
  it('splits into full pages and a remainder', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('gives one empty page for no updates, so /updates/ always exists', () => {
    expect(paginate([], 20)).toEqual([[]]);
  });

  it('keeps page 1 at /updates/', () => {
    expect(updatesPagePath(1)).toBe('/updates/');
    expect(updatesPagePath(3)).toBe('/updates/page/3/');
  });
});
