import { describe, expect, it } from 'vitest';
import { countTags, isScheduled, paginate, updatesPagePath, visibleUpdates } from '../../src/lib/updates';
import { readingMinutes } from '../../src/lib/readingTime';
import { checklistRows } from '../../src/lib/checklist';

const update = (id: string, date: string, draft = false, tags: string[] = []) => ({
  id,
  data: { publishDate: new Date(`${date}T00:00:00Z`), draft, tags, title: id },
});
const today = new Date('2026-12-01T00:00:00Z');
const production = { includeDrafts: false, includeScheduled: false, today };
const devServer = { includeDrafts: true, includeScheduled: true, today };

describe('visibleUpdates', () => {
  const entries = [
    update('old', '2025-01-01', false, ['eu-ai-act']),
    update('draft', '2026-11-30', true),
    update('new', '2026-06-01', false, ['eu-ai-act', 'iso']),
    update('today', '2026-12-01'),
    update('scheduled', '2026-12-02'),
  ];

  it('leaves drafts and scheduled updates out of a production build and sorts newest first', () => {
    expect(visibleUpdates(entries, production).map((entry) => entry.id)).toEqual(['today', 'new', 'old']);
  });

  it('shows drafts and scheduled updates on the dev server', () => {
    expect(visibleUpdates(entries, devServer).map((entry) => entry.id)).toEqual([
      'scheduled',
      'today',
      'draft',
      'new',
      'old',
    ]);
  });

  it('publishes a scheduled update on its day, not before', () => {
    const scheduled = entries.at(-1)!;
    expect(isScheduled(scheduled, today)).toBe(true);
    expect(isScheduled(scheduled, new Date('2026-12-02T00:00:00Z'))).toBe(false);
    expect(visibleUpdates([scheduled], { ...production, today: new Date('2026-12-02T00:00:00Z') })).toEqual([
      scheduled,
    ]);
  });

  it('keeps a scheduled draft hidden on its day until it stops being a draft', () => {
    const scheduledDraft = update('later-draft', '2026-12-02', true);
    expect(visibleUpdates([scheduledDraft], { ...production, today: new Date('2026-12-03T00:00:00Z') })).toEqual([]);
  });

  it('counts tags alphabetically', () => {
    expect(countTags(visibleUpdates(entries, production))).toEqual([
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
