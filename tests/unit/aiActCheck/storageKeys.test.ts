/** The assessment looks for the check's saved systems under the key the check writes them to. */
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../../src/lib/aiActCheck/systemsSaving';
import { CHECK_STORAGE_KEY } from '../../../src/islands/assessment/checkStorageKey';
import { WORKSPACE_STORAGE_KEY } from '../../../src/lib/workbench/workspaceFormat';
import { WORKSPACE_KEY, readWorkspaceText } from '../../../src/lib/workbench/workspaceLocation';

describe("the check's storage key", () => {
  it('is the one the assessment reads', () => {
    expect(CHECK_STORAGE_KEY).toBe(STORAGE_KEY);
  });
});

describe("the workbench's storage key", () => {
  it('is the one the check and the assessment read the inventory from', () => {
    expect(WORKSPACE_KEY).toBe(WORKSPACE_STORAGE_KEY);
    expect(
      readWorkspaceText({ getItem: (key: string) => (key === WORKSPACE_STORAGE_KEY ? '{"saved":1}' : null) }),
    ).toBe('{"saved":1}');
  });
});
