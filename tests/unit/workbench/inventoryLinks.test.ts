// One inventory, not two (issue 13, item 4): the check lists the workbench inventory's records and
// keeps its answers under their ids, the workbench takes the outcomes when it opens, and the
// assessment's scoping count comes from the inventory.
import { describe, expect, it } from 'vitest';
import {
  inventoryEntryNamed,
  listWithInventory,
  newCheckSystemId,
  type InventoryEntry,
} from '../../../src/lib/aiActCheck/inventoryList';
import { decodeSavedSystems, serializeSystems } from '../../../src/lib/aiActCheck/savedSystems';
import type { CheckedSystem } from '../../../src/lib/aiActCheck/systemsSaving';
import { readInventoryCount } from '../../../src/islands/assessment/inventoryCount';
import { withCheckOutcomes } from '../../../src/islands/workbench/checkOutcomes';
import { workbenchCopy } from '../../../src/islands/workbench/copy';
import type { OpenedStorage } from '../../../src/islands/shared/storageRuntime';
import { openStorage } from '../../../src/lib/persistence/browserStorage';
import { openSavedSlot } from '../../../src/lib/persistence/savedSlot';
import {
  AUTOMATIC_MERGE_RULES,
  checkSystemTiers,
  mergeCheckIntoInventory,
  type CheckSystemTier,
} from '../../../src/lib/workbench/checkMerge';
import { inventoryEntriesForCheck, readInventorySystems } from '../../../src/lib/workbench/inventoryReading';
import { WORKSPACE_STORAGE_KEY, serializeWorkspace } from '../../../src/lib/workbench/workspaceFormat';
import { MemoryStorage } from '../persistence/memoryStorage';
import { system, workspace } from './builders';

const NOW = new Date('2026-11-20T10:00:00Z');
const CHECK_KEY = 'iso42001:ai-act-check';
const answered = (id: string, name: string, extra: Partial<CheckedSystem> = {}): CheckedSystem => ({
  id,
  name,
  answers: { 'ai-system': 'yes' },
  ...extra,
});
const tierOf = (checkSystemId: string, overrides: Partial<CheckSystemTier> = {}): CheckSystemTier => ({
  checkSystemId,
  name: `Check ${checkSystemId}`,
  tier: 'high-risk',
  role: null,
  checkedOn: '2026-11-19',
  savedAt: '2026-11-19T08:00:00.000Z',
  ...overrides,
});
const inventoryOf = (...systems: ReturnType<typeof system>[]) =>
  workspace({ inventory: { systems, changedAt: '2026-11-01T09:00:00.000Z' } });

describe('the inventory as the check reads it', () => {
  it('lists each record under the check id it is linked to, else under its own id', () => {
    const raw = serializeWorkspace(
      inventoryOf(system('system-ab12cd34', { name: 'Chatbot' }), system('system-99', { checkSystemId: 'system-2' })),
    );
    expect(inventoryEntriesForCheck(raw)).toEqual([
      { checkId: 'system-ab12cd34', name: 'Chatbot' },
      { checkId: 'system-2', name: 'System system-99' },
    ]);
  });

  it('reads nothing from a workspace that is not valid', () => {
    expect(readInventorySystems('{"version":3}')).toBeNull();
    expect(inventoryEntriesForCheck('not json')).toBeNull();
  });
});

describe("the check's list with an inventory", () => {
  const entries: InventoryEntry[] = [
    { checkId: 'system-ab12cd34', name: 'Chatbot' },
    { checkId: 'system-2', name: 'CV screening' },
  ];

  it("puts the inventory's records first under their inventory names, with the answers kept for them", () => {
    const own = [answered('system-1', 'Only in the check'), answered('system-2', 'Old name', { toInventory: true })];
    const list = listWithInventory(own, entries, false);
    expect(list.map((entry) => [entry.id, entry.name])).toEqual([
      ['system-ab12cd34', 'Chatbot'],
      ['system-2', 'CV screening'],
      ['system-1', 'Only in the check'],
    ]);
    expect(list[0]?.answers).toEqual({});
    expect(list[1]?.answers).toEqual({ 'ai-system': 'yes' });
    // Once in the inventory, the request to join it is done.
    expect(list[1]?.toInventory).toBeUndefined();
  });

  it("leaves out the check's untouched starting system, and only while there is an inventory to show", () => {
    const starting = [{ id: 'system-1', name: 'AI system 1', answers: {} }];
    expect(listWithInventory(starting, entries, true).map((entry) => entry.id)).toEqual([
      'system-ab12cd34',
      'system-2',
    ]);
    expect(listWithInventory(starting, [], true)).toEqual(starting);
  });

  it('finds a record by name as people write it, and gives new systems ids no record or system holds', () => {
    expect(inventoryEntryNamed(entries, '  cv   SCREENING ')?.checkId).toBe('system-2');
    expect(inventoryEntryNamed(entries, 'CV screening tool')).toBeUndefined();
    expect(newCheckSystemId(['system-1', 'system-2', 'system-ab12cd34'])).toBe('system-3');
    expect(newCheckSystemId(['system-3', 'system-1'])).toBe('system-4');
    expect(newCheckSystemId([])).toBe('system-1');
  });

  it('saves and reads back the request to join the inventory, and refuses a value that is not true or false', () => {
    const text = serializeSystems([answered('system-1', 'New', { toInventory: true })], NOW);
    const decoded = decodeSavedSystems(text);
    expect(decoded.ok && decoded.value.value.systems[0]?.toInventory).toBe(true);
    const broken = text.replace('"toInventory":true', '"toInventory":"yes"');
    expect(decodeSavedSystems(broken)).toMatchObject({ ok: false });
  });
});

describe('the merge the workbench makes by itself when it opens', () => {
  it("gives the check's tier to the record the check classified under its id, and links it", () => {
    const record = system('system-ab12cd34', { euAiAct: { tier: null, source: 'manual', checkedOn: '' } });
    const merge = mergeCheckIntoInventory(
      [record],
      [tierOf('system-ab12cd34')],
      NOW,
      Math.random,
      AUTOMATIC_MERGE_RULES,
    );
    expect(merge.updated).toEqual(['system-ab12cd34']);
    expect(merge.systems[0]).toMatchObject({
      checkSystemId: 'system-ab12cd34',
      euAiAct: { tier: 'high-risk', source: 'check', checkedOn: '2026-11-19' },
    });
  });

  it('does not guess by name, and adds only the systems the visitor asked to add', () => {
    const record = system('hr', { name: 'CV screening' });
    const merge = mergeCheckIntoInventory(
      [record],
      [tierOf('system-1', { name: 'CV screening' }), tierOf('system-2', { name: 'Credit scoring', requested: true })],
      NOW,
      Math.random,
      AUTOMATIC_MERGE_RULES,
    );
    expect(merge.systems[0]).toEqual(record);
    expect(merge.linkedByName).toEqual([]);
    expect(merge.systems.map((entry) => [entry.name, entry.checkSystemId])).toEqual([
      ['CV screening', ''],
      ['Credit scoring', 'system-2'],
    ]);
  });

  it('keeps a tier chosen by hand after the check last saved, but not one chosen before', () => {
    const manual = { tier: 'minimal' as const, source: 'manual' as const, checkedOn: '' };
    const later = system('a', { checkSystemId: 'system-1', euAiAct: manual, updatedAt: '2026-11-19T09:00:00.000Z' });
    const earlier = system('b', { checkSystemId: 'system-2', euAiAct: manual, updatedAt: '2026-11-19T07:00:00.000Z' });
    const merge = mergeCheckIntoInventory(
      [later, earlier],
      [tierOf('system-1'), tierOf('system-2')],
      NOW,
      Math.random,
      AUTOMATIC_MERGE_RULES,
    );
    expect(merge.systems.map((entry) => entry.euAiAct.tier)).toEqual(['minimal', 'high-risk']);
  });

  it('reads the check from its own key, saves nothing itself, and leaves held data alone', () => {
    const storage = new MemoryStorage();
    const before = inventoryOf(system('system-ab12cd34', { name: 'Chatbot' }), system('system-cd', { name: 'Other' }));
    const checkText = JSON.stringify({
      version: 2,
      savedAt: '2026-11-19T08:00:00.000Z',
      systems: [
        {
          id: 'system-ab12cd34',
          name: 'Chatbot',
          answers: {},
          outcome: { tier: 'transparency', provisional: false, reviewedOn: '2026-11-28' },
        },
      ],
    });
    storage.setItem(CHECK_KEY, checkText);
    storage.setItem(WORKSPACE_STORAGE_KEY, serializeWorkspace(before));
    const opened: OpenedStorage = {
      access: openStorage(WORKSPACE_STORAGE_KEY, () => storage),
      slot: openSavedSlot(storage, WORKSPACE_STORAGE_KEY, storage.getItem(WORKSPACE_STORAGE_KEY)),
    };
    const result = withCheckOutcomes(opened, { workspace: before, hold: false }, workbenchCopy, NOW);
    expect(result.merged).toBe(true);
    expect(result.workspace.inventory.systems[0]?.euAiAct).toEqual({
      tier: 'transparency',
      source: 'check',
      checkedOn: '2026-11-19',
    });
    expect(result.workspace.inventory.systems[1]).toEqual(before.inventory.systems[1]);
    expect(result.notice?.text).toContain('1 systems updated with their tier, 0 added');
    expect(storage.getItem(CHECK_KEY)).toBe(checkText);
    expect(storage.getItem(WORKSPACE_STORAGE_KEY)).toBe(serializeWorkspace(before));

    const held = withCheckOutcomes(opened, { workspace: before, hold: true }, workbenchCopy, NOW);
    expect(held).toMatchObject({ workspace: before, merged: false });
    // Nothing new the next time: the same workspace object, so nothing to save.
    const again = withCheckOutcomes(opened, { workspace: result.workspace, hold: false }, workbenchCopy, NOW);
    expect(again.merged).toBe(false);
  });

  it('takes the tiers from a list the check saved, with the requests to join', () => {
    const tiers = checkSystemTiers({
      version: 2,
      savedAt: '2026-11-19T08:00:00.000Z',
      systems: [answered('system-5', 'New', { toInventory: true, outcome: null })],
    });
    expect(tiers[0]).toMatchObject({ checkSystemId: 'system-5', requested: true, tier: null });
  });
});

describe("the assessment's count from the inventory", () => {
  it('is the number of systems in scope, with the total beside it', () => {
    const raw = serializeWorkspace(inventoryOf(system('a'), system('b', { inScope: false }), system('c')));
    expect(readInventoryCount(raw)).toEqual({ count: 2, total: 3 });
  });

  it('says nothing for an empty inventory or an unreadable workspace', () => {
    expect(readInventoryCount(serializeWorkspace(inventoryOf()))).toBeNull();
    expect(readInventoryCount('{')).toBeNull();
  });
});
