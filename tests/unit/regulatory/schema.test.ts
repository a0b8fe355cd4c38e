import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { regulatoryTimelineSchema } from '../../../src/schemas/regulatoryTimeline';
import { realTimeline, timelineText } from './fixtures';

const issuesOf = (edit: (data: { milestones: Record<string, unknown>[] }) => void) => {
  const data = parse(timelineText) as { milestones: Record<string, unknown>[] };
  edit(data);
  const result = regulatoryTimelineSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('regulatory timeline data', () => {
  it('validates, with every milestone id unique', () => {
    const ids = realTimeline.milestones.map((milestone) => milestone.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every reported fact a caveat that says it is not confirmed', () => {
    for (const milestone of realTimeline.milestones.filter((item) => item.confidence === 'reported')) {
      expect(milestone.caveat, milestone.id).toMatch(/not (yet )?confirmed|taken from|reported/i);
    }
  });

  it('refuses a reported fact without a caveat', () => {
    const issues = issuesOf((data) => {
      const reported = data.milestones.find((item) => item.confidence === 'reported')!;
      delete reported.caveat;
    });
    expect(issues).toEqual([expect.stringMatching(/^milestones\.\d+\.caveat: expected a caveat/)]);
  });

  it('refuses a duplicate id and an instrument that is not listed', () => {
    const issues = issuesOf((data) => {
      data.milestones[1]!.id = data.milestones[0]!.id;
      data.milestones[2]!.instrument = 'eu-data-act';
    });
    expect(issues).toEqual([
      'milestones.1.id: "ai-act-published" is used twice; expected a key used by one milestone only',
      expect.stringMatching(/^milestones\.2\.instrument: "eu-data-act" is not listed under instruments/),
    ]);
  });

  it('refuses a review date that is not after the verification date', () => {
    const issues = issuesOf((data) => {
      data.milestones[0]!.reviewBy = data.milestones[0]!.verifiedOn;
    });
    expect(issues).toEqual(['milestones.0.reviewBy: expected a date after verifiedOn']);
  });

  it('refuses a status outside the five legal stages', () => {
    const issues = issuesOf((data) => {
      data.milestones[0]!.status = 'enacted';
    });
    expect(issues).toEqual([expect.stringMatching(/^milestones\.0\.status: expected one of proposed, agreed/)]);
  });
});
