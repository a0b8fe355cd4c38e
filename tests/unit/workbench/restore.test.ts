// The workbench page's first read of the workspace (src/islands/workbench/onDemand.ts): answers
// migrated from the assessment, newer answers of the assessment taken, unreadable data set aside,
// and the assessment's own key never written.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workbenchCopy } from '../../../src/islands/workbench/copy';
import { restore } from '../../../src/islands/workbench/onDemand';
import { WORKSPACE_KEY } from '../../../src/islands/workbench/useWorkspace';
import type { OpenedStorage } from '../../../src/islands/shared/storageRuntime';
import { openStorage, type KeyValueStore } from '../../../src/lib/persistence/browserStorage';
import { openSavedSlot } from '../../../src/lib/persistence/savedSlot';
import { WORKSPACE_STORAGE_KEY, serializeWorkspace } from '../../../src/lib/workbench/workspaceFormat';
import { system, workspace } from './builders';

const ASSESSMENT_KEY = 'iso42001:assessment';
const SAVED_ASSESSMENT = readFileSync('tests/fixtures/saved/assessment-v2.json', 'utf8').trim();

function memoryStorage(items: Record<string, string>): KeyValueStore {
  const map = new Map(Object.entries(items));
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
  };
}

function opened(items: Record<string, string>) {
  const storage = memoryStorage(items);
  // As storageRuntime.openWithBaseline opens it in the browser, on this in-memory store.
  const slot: OpenedStorage = {
    access: openStorage(WORKSPACE_STORAGE_KEY, () => storage),
    slot: openSavedSlot(storage, WORKSPACE_STORAGE_KEY, storage.getItem(WORKSPACE_STORAGE_KEY)),
  };
  return { storage, opened: slot };
}

describe('restoring the workbench', () => {
  it('reads the same key the workspace format names (kept apart so zod loads on demand)', () => {
    expect(WORKSPACE_KEY).toBe(WORKSPACE_STORAGE_KEY);
  });

  it('with no workspace, starts from the saved answers without writing anything', () => {
    const { storage, opened: slot } = opened({ [ASSESSMENT_KEY]: SAVED_ASSESSMENT });
    const restored = restore(slot, workbenchCopy, '2026-11-28');
    expect(restored.workspace.assessment.scoping.aiSystemCount).toBe(8);
    expect(restored.workspace.assessment.answers['context-issues']?.note).toBe(
      'Context register v3, approved by the board',
    );
    expect(restored.notice?.text).toBe(workbenchCopy.migrated);
    expect(storage.getItem(WORKSPACE_STORAGE_KEY)).toBeNull();
    expect(storage.getItem(ASSESSMENT_KEY)).toBe(SAVED_ASSESSMENT);
  });

  it('takes the answers the assessment saved after the workspace, keeping the inventory', () => {
    const older = workspace({ inventory: { systems: [system('system-a')], changedAt: '2026-11-01T09:00:00.000Z' } });
    const saved = { ...older, assessment: { ...older.assessment, savedAt: '2026-11-20T10:00:00.000Z' } };
    const { storage, opened: slot } = opened({
      [WORKSPACE_STORAGE_KEY]: serializeWorkspace(saved),
      [ASSESSMENT_KEY]: SAVED_ASSESSMENT,
    });
    const restored = restore(slot, workbenchCopy, '2026-11-28');
    expect(restored.workspace.assessment.scoping.role).toBe('provider');
    expect(restored.workspace.inventory.systems.map((item) => item.id)).toEqual(['system-a']);
    expect(restored.notice?.text).toBe(workbenchCopy.answersTaken);
    expect(storage.getItem(ASSESSMENT_KEY)).toBe(SAVED_ASSESSMENT);
  });

  it('keeps its own answers when they are newer than the assessment’s', () => {
    const base = workspace();
    const saved = { ...base, assessment: { ...base.assessment, savedAt: '2026-11-29T10:00:00.000Z' } };
    const { opened: slot } = opened({
      [WORKSPACE_STORAGE_KEY]: serializeWorkspace(saved),
      [ASSESSMENT_KEY]: SAVED_ASSESSMENT,
    });
    const restored = restore(slot, workbenchCopy, '2026-11-28');
    expect(restored.workspace.assessment.answers).toEqual({});
    expect(restored.notice).toBeUndefined();
  });

  it('sets unreadable data aside with the shared notice and starts from the answers', () => {
    const { storage, opened: slot } = opened({
      [WORKSPACE_STORAGE_KEY]: '{"version":3,"broken":true}',
      [ASSESSMENT_KEY]: SAVED_ASSESSMENT,
    });
    const restored = restore(slot, workbenchCopy, '2026-11-28');
    expect(restored.notice?.actions).toEqual(['download-unreadable', 'dismiss']);
    expect(restored.hold).toBe(false);
    expect(restored.workspace.assessment.scoping.aiSystemCount).toBe(8);
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index));
    expect(keys.filter((key) => key?.startsWith(`${WORKSPACE_STORAGE_KEY}:invalid`))).toHaveLength(1);
  });
});
