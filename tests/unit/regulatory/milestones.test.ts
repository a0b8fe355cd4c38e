import { describe, expect, it } from 'vitest';
import {
  findMilestone,
  partitionByDate,
  sortMilestones,
  stageNote,
  UnknownMilestoneError,
} from '../../../src/lib/regulatory/milestones';
import {
  citationText,
  milestoneDateText,
  milestoneNotes,
  milestonePlainText,
} from '../../../src/lib/regulatory/milestoneText';
import { milestone } from './fixtures';

const annexIII = milestone({ id: 'ai-act-annex-iii-high-risk', date: '2027-12-02', previousDate: '2026-08-02' });
const prohibitions = milestone({ id: 'ai-act-prohibitions', date: '2025-02-02' });
const omnibus = milestone({ id: 'omnibus-proposed', date: '2025-11-19', status: 'proposed' });
const all = [annexIII, prohibitions, omnibus];

describe('findMilestone', () => {
  it('finds a milestone by id', () => {
    expect(findMilestone(all, 'ai-act-prohibitions')).toBe(prohibitions);
  });

  it('names the data file and suggests the closest id for a typo', () => {
    expect(() => findMilestone(all, 'ai-act-annex-iii')).toThrow(
      'Unknown milestone "ai-act-annex-iii": no milestone with this id in content/data/regulatory-timeline.yaml; did you mean "ai-act-annex-iii-high-risk"?',
    );
    expect(() => findMilestone(all, 'gdpr')).toThrow(UnknownMilestoneError);
  });
});

describe('ordering and partition', () => {
  it('sorts by date, then id', () => {
    const sameDay = milestone({ id: 'ai-act-ai-literacy', date: '2025-02-02' });
    expect(sortMilestones([annexIII, prohibitions, sameDay, omnibus]).map((item) => item.id)).toEqual([
      'ai-act-ai-literacy',
      'ai-act-prohibitions',
      'omnibus-proposed',
      'ai-act-annex-iii-high-risk',
    ]);
  });

  it('puts today in "next", the coming year in "next" and what lies beyond in "later"', () => {
    const today = new Date('2026-12-02T00:00:00Z');
    const onToday = milestone({ id: 'ai-act-marking', date: '2026-12-02' });
    const { past, next, later } = partitionByDate([...all, onToday], today);
    expect(past.map((item) => item.id)).toEqual(['ai-act-prohibitions', 'omnibus-proposed']);
    expect(next.map((item) => item.id)).toEqual(['ai-act-marking', 'ai-act-annex-iii-high-risk']);
    expect(later).toEqual([]);
    expect(partitionByDate(all, new Date('2026-12-01T00:00:00Z')).later.map((item) => item.id)).toEqual([
      'ai-act-annex-iii-high-risk',
    ]);
  });
});

describe('how a milestone reads', () => {
  it('writes the date in the site locale, to the month when only the month is known', () => {
    expect(milestoneDateText(annexIII, 'en-US')).toBe('December 2, 2027');
    expect(milestoneDateText(annexIII, 'en-GB')).toBe('2 December 2027');
    expect(milestoneDateText(milestone({ date: '2023-12-01', precision: 'month' }), 'en-GB')).toBe('December 2023');
  });

  it('shows the stage only where the milestone is not yet law, and flags reported facts', () => {
    expect(stageNote('applies')).toBeNull();
    expect(stageNote('adopted')).toBeNull();
    expect(milestoneNotes(omnibus)).toEqual(['proposed']);
    expect(milestoneNotes(milestone({ status: 'agreed', confidence: 'reported' }))).toEqual([
      'agreed',
      'reported, not yet confirmed',
    ]);
    expect(milestonePlainText(milestone({ confidence: 'reported' }), 'en-GB')).toBe(
      '2 December 2027 (reported, not yet confirmed)',
    );
  });

  it('renders each citation format and refuses the ones that cannot work', () => {
    expect(citationText(all, 'ai-act-annex-iii-high-risk', 'month', 'en-GB')).toBe('December 2027');
    expect(citationText(all, 'ai-act-annex-iii-high-risk', 'year', 'en-GB')).toBe('2027');
    expect(citationText(all, 'ai-act-annex-iii-high-risk', 'previous', 'en-GB')).toBe('2 August 2026');
    expect(() => citationText(all, 'ai-act-prohibitions', 'previous', 'en-GB')).toThrow(/has no previousDate/);
    expect(() => citationText(all, 'ai-act-prohibitions', 'weekday', 'en-GB')).toThrow(
      /Unknown citation format "weekday"/,
    );
  });
});
