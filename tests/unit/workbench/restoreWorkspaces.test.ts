// Opening a workspace other than the default (issue 15): it keeps its own answers (only the default
// is the assessment page's), and unreadable data under its key is set aside with its own words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workbenchCopy } from '../../../src/islands/workbench/copy';
import { readWorkspaces, restore } from '../../../src/islands/workbench/onDemand';
import { openStorage } from '../../../src/lib/persistence/browserStorage';
import { openSavedSlot } from '../../../src/lib/persistence/savedSlot';
import { serializeWorkspace } from '../../../src/lib/workbench/workspaceFormat';
import { MemoryStorage } from '../persistence/memoryStorage';
import { system, workspace } from './builders';

const ASSESSMENT_KEY = 'iso42001:assessment';
const OTHER_KEY = 'iso42001:workspaces:ws-retail';
const SAVED_ASSESSMENT = readFileSync('tests/fixtures/saved/assessment-v2.json', 'utf8').trim();

function opened(storage: MemoryStorage, key: string) {
  return { access: openStorage(key, () => storage), slot: openSavedSlot(storage, key, storage.getItem(key)) };
}

describe('opening another workspace', () => {
  it('shows its own inventory and ignores the assessment page’s answers', () => {
    const storage = new MemoryStorage();
    storage.setItem(ASSESSMENT_KEY, SAVED_ASSESSMENT);
    storage.setItem(OTHER_KEY, serializeWorkspace(workspace({ inventory: { systems: [system('a')], changedAt: '' } })));
    const restored = restore(opened(storage, OTHER_KEY), workbenchCopy, '2026-11-28', 'ws-retail');
    expect(restored.workspace.inventory.systems.map((item) => item.id)).toEqual(['a']);
    expect(restored.workspace.assessment.answers).toEqual({});
    expect(restored.notice).toBeUndefined();
  });

  it('starts empty when nothing is saved under its key, even with assessment answers', () => {
    const storage = new MemoryStorage();
    storage.setItem(ASSESSMENT_KEY, SAVED_ASSESSMENT);
    const restored = restore(opened(storage, OTHER_KEY), workbenchCopy, '2026-11-28', 'ws-retail');
    expect(restored.workspace.assessment.scoping.aiSystemCount).toBeNull();
    expect(restored.workspace.inventory.systems).toEqual([]);
  });

  it('sets unreadable data aside and says it starts empty, not from the assessment', () => {
    const storage = new MemoryStorage();
    storage.setItem(OTHER_KEY, '{"version":3}');
    const restored = restore(opened(storage, OTHER_KEY), workbenchCopy, '2026-11-28', 'ws-retail');
    expect(restored.notice?.text).toContain('you are starting from an empty workspace');
    expect(restored.hold).toBe(false);
    expect(storage.getItem(OTHER_KEY)).toBeNull();
    expect(storage.length).toBe(1);
  });

  it('a full store shows it read-only, as for the default workspace', () => {
    const storage = new MemoryStorage(6000);
    storage.setItem(OTHER_KEY, serializeWorkspace(workspace({ inventory: { systems: [system('a')], changedAt: '' } })));
    storage.fill();
    const slot = opened(storage, OTHER_KEY);
    const restored = restore(slot, workbenchCopy, '2026-11-28', 'ws-retail');
    expect(restored.hold).toBe(true);
    expect(restored.notice?.text).toBe(workbenchCopy.readOnlyFull);
    expect(restored.workspace.inventory.systems.map((item) => item.id)).toEqual(['a']);
    expect(slot.slot.write('{}')).toBe('held');
  });

  it('the list names the workspace to open; blocked storage has the default only', () => {
    const storage = new MemoryStorage();
    const list = readWorkspaces(opened(storage, 'iso42001:workspace'), workbenchCopy, ['q-one']);
    expect(list.index.workspaces.map((entry) => entry.name)).toEqual([workbenchCopy.workspaces.defaultName]);
    const blocked = readWorkspaces({ access: { kind: 'blocked' }, slot: null }, workbenchCopy, []);
    expect(blocked.index.selectedId).toBe('default');
  });
});
