/** The assessment looks for the check's saved systems under the key the check writes them to. */
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../../src/lib/aiActCheck/systemsSaving';
import { CHECK_STORAGE_KEY } from '../../../src/islands/assessment/checkStorageKey';

describe("the check's storage key", () => {
  it('is the one the assessment reads', () => {
    expect(CHECK_STORAGE_KEY).toBe(STORAGE_KEY);
  });
});
