/** The assessment's EU question answered from the check's saved outcomes: the published rule, case by case. */
import { describe, expect, it } from 'vitest';
import { euExposureFromCheck } from '../../../src/lib/aiActCheck/euExposure';
import type { SystemOutcome } from '../../../src/lib/aiActCheck/systemOutcome';
import type { TierId } from '../../../src/lib/aiActCheck/vocabulary';

const classified = (tier: TierId, provisional = false, reviewedOn = '2026-11-30'): { outcome: SystemOutcome } => ({
  outcome: { tier, provisional, reviewedOn },
});
const unfinished = { outcome: null };
const exposureOf = (systems: Parameters<typeof euExposureFromCheck>[0]) => euExposureFromCheck(systems)?.exposure;

describe('the EU exposure answer from the check', () => {
  it('gives no answer when the check lists no system', () => {
    expect(euExposureFromCheck([])).toBeNull();
  });

  it('answers high-risk when any system is high-risk or prohibited, even beside unfinished ones', () => {
    expect(exposureOf([classified('minimal'), classified('high-risk')])).toBe('high-risk');
    expect(exposureOf([classified('prohibited'), unfinished])).toBe('high-risk');
    expect(exposureOf([classified('high-risk', true)])).toBe('high-risk');
  });

  it('answers "not sure" when no system is high-risk but one is unfinished or provisional', () => {
    expect(exposureOf([classified('minimal'), unfinished])).toBe('unsure');
    expect(exposureOf([classified('transparency'), classified('minimal', true)])).toBe('unsure');
    // Saved before outcomes were kept: the check has not yet told the assessment anything.
    expect(exposureOf([{}])).toBe('unsure');
  });

  it('answers "limited" when every system is finished, none high-risk, and one is in scope', () => {
    expect(exposureOf([classified('minimal')])).toBe('limited');
    expect(exposureOf([classified('out-of-scope'), classified('transparency')])).toBe('limited');
    expect(exposureOf([classified('gpai-systemic')])).toBe('limited');
  });

  it('answers "none" when every system is out of scope', () => {
    expect(exposureOf([classified('out-of-scope'), classified('out-of-scope')])).toBe('none');
  });

  it('counts what the assessment shows beside the answer, and the tree dates behind the outcomes', () => {
    const found = euExposureFromCheck([
      classified('high-risk', false, '2026-11-30'),
      classified('prohibited', true, '2026-10-01'),
      classified('minimal', false, '2026-11-30'),
      unfinished,
    ]);
    expect(found).toEqual({
      exposure: 'high-risk',
      systems: 4,
      finished: 3,
      highRisk: 2,
      provisional: 1,
      reviewedOn: ['2026-10-01', '2026-11-30'],
    });
  });
});
