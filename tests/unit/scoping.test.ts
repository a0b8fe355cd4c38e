/** The scoping vocabulary of src/lib/scoping.ts: the values people's saved data holds, and who reads them. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkAssessmentAnswers } from '../../src/lib/assessment/validation';
import { defaultInputs, parseInputs } from '../../src/lib/estimator/inputs';
import { EU_EXPOSURES, ROLES, SIZE_BANDS } from '../../src/lib/scoping';
import { assessmentSchema } from '../../src/schemas/assessment';

const scopingOf = (values: Record<string, unknown>) => ({
  scoping: { role: null, sizeBand: null, aiSystemCount: null, euExposure: null, ...values },
  answers: {},
});

describe('the scoping vocabulary', () => {
  it('keeps the values saved answers, exports and shared links already hold', () => {
    // Written by version 1 and 2 of the assessment's saved format and by the estimator's saved
    // inputs and links: a changed value would make those fail to load.
    expect(ROLES).toEqual(['developer', 'provider', 'user']);
    expect(SIZE_BANDS).toEqual(['under-50', '50-500', '500-2000', 'over-2000']);
    expect(EU_EXPOSURES).toEqual(['none', 'limited', 'high-risk', 'unsure']);
  });

  it('is what the assessment accepts from saved data, and nothing else', () => {
    for (const role of ROLES) expect(checkAssessmentAnswers(scopingOf({ role })).ok).toBe(true);
    for (const sizeBand of SIZE_BANDS) expect(checkAssessmentAnswers(scopingOf({ sizeBand })).ok).toBe(true);
    for (const euExposure of EU_EXPOSURES) expect(checkAssessmentAnswers(scopingOf({ euExposure })).ok).toBe(true);
    expect(checkAssessmentAnswers(scopingOf({ role: 'deployer' })).ok).toBe(false);
    expect(checkAssessmentAnswers(scopingOf({ sizeBand: '10-50' })).ok).toBe(false);
  });

  it('is what the estimator accepts from saved inputs and links, and nothing else', () => {
    for (const role of ROLES) expect(parseInputs({ ...defaultInputs(), role }, 100)?.role).toBe(role);
    for (const sizeBand of SIZE_BANDS)
      expect(parseInputs({ ...defaultInputs(), sizeBand }, 100)?.sizeBand).toBe(sizeBand);
    expect(parseInputs({ ...defaultInputs(), role: 'deployer' }, 100)).toBeNull();
    expect(parseInputs({ ...defaultInputs(), sizeBand: '10-50' }, 100)).toBeNull();
  });

  it('is what content/data/assessment.yaml must use: raisedFor a role or eu-high-risk', () => {
    const data = parse(readFileSync(new URL('../../content/data/assessment.yaml', import.meta.url), 'utf8'));
    expect(assessmentSchema.safeParse(data).success).toBe(true);

    const raisedFor = (values: string[]) =>
      assessmentSchema.safeParse({
        ...data,
        questions: [{ ...data.questions[0], raisedFor: values }, ...data.questions.slice(1)],
      });
    for (const role of ROLES) expect(raisedFor([role]).success).toBe(true);
    expect(raisedFor(['eu-high-risk']).success).toBe(true);
    expect(raisedFor(['deployer']).success).toBe(false);
  });
});
