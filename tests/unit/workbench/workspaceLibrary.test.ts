// Several workspaces in one browser's storage (issue 15): today's single workspace becomes the
// default one without being moved or rewritten, each workspace keeps its own key, and the list is
// never lost (an unreadable one is set aside and rebuilt from the workspaces found).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeWorkspace } from '../../../src/lib/workbench/workspaceFormat';
import {
  createWorkspace,
  deleteStoredWorkspace,
  duplicateWorkspace,
  readWorkspaceIndex,
  recordSavedWorkspace,
  renameStoredWorkspace,
  selectStoredWorkspace,
  type LibraryContext,
} from '../../../src/lib/workbench/workspaceLibrary';
import { WORKSPACE_INDEX_KEY } from '../../../src/lib/workbench/workspaceIndexSchema';
import { MemoryStorage } from '../persistence/memoryStorage';
import { system, workspace } from './builders';

const WORKSPACE_KEY = 'iso42001:workspace';
const ASSESSMENT_KEY = 'iso42001:assessment';
const TODAYS_WORKSPACE = readFileSync('tests/fixtures/saved/workspace-v3.json', 'utf8').trim();
const SAVED_ASSESSMENT = readFileSync('tests/fixtures/saved/assessment-v2.json', 'utf8').trim();
const NOW = new Date('2026-12-02T09:00:00.000Z');

// Four of the fixture's answers (implemented, partial, justified N/A, not started) and one unanswered.
const CONTEXT: LibraryContext = {
  defaultName: 'Main workspace',
  recoveredName: (count) => `Recovered workspace ${count}`,
  questions: ['context-issues', 'context-parties', 'context-scope', 'leadership-policy', 'unanswered-one'].map(
    (id) => ({ id }),
  ),
};

function store(items: Record<string, string>) {
  const storage = new MemoryStorage();
  for (const [key, value] of Object.entries(items)) storage.setItem(key, value);
  return storage;
}

const keysOf = (storage: Storage) => Array.from({ length: storage.length }, (_, index) => storage.key(index)).sort();
let counter = 0;
const random = () => ((counter += 1) * 0.137) % 1;

describe('today’s single workspace', () => {
  it('reads as the default workspace, with its last change and readiness, writing nothing', () => {
    const storage = store({ [WORKSPACE_KEY]: TODAYS_WORKSPACE, [ASSESSMENT_KEY]: SAVED_ASSESSMENT });
    const read = readWorkspaceIndex(storage, CONTEXT, NOW);
    expect(read.origin).toBe('built');
    expect(read.index).toEqual({
      version: 1,
      selectedId: 'default',
      workspaces: [
        {
          id: 'default',
          name: 'Main workspace',
          updatedAt: '2026-12-01T10:20:00.000Z',
          // (1 + 0.5) / 4 applicable = 37.5 %, rounded; 4 of 5 answered; the two systems of the fixture.
          readiness: { percent: 38, answered: 4, questions: 5, systems: 2 },
        },
      ],
    });
    expect(keysOf(storage)).toEqual([ASSESSMENT_KEY, WORKSPACE_KEY]);
  });

  it('keeps its key and text unchanged when a second workspace is made and opened', () => {
    const storage = store({ [WORKSPACE_KEY]: TODAYS_WORKSPACE });
    const created = createWorkspace(storage, CONTEXT, 'Retail banking', '2026-11-28', NOW, random);
    expect(created.ok && created.index.selectedId).toBe(created.id);
    expect(storage.getItem(WORKSPACE_KEY)).toBe(TODAYS_WORKSPACE);
    const stored = JSON.parse(storage.getItem(WORKSPACE_INDEX_KEY)!);
    expect(stored.workspaces.map((entry: { name: string }) => entry.name)).toEqual([
      'Main workspace',
      'Retail banking',
    ]);
    expect(JSON.parse(storage.getItem(`${WORKSPACE_INDEX_KEY}:${created.id}`)!).inventory.systems).toEqual([]);
    expect(readWorkspaceIndex(storage, CONTEXT, NOW)).toMatchObject({ origin: 'saved', index: stored });
  });

  it('with only assessment answers, the default workspace’s summary comes from them', () => {
    const read = readWorkspaceIndex(store({ [ASSESSMENT_KEY]: SAVED_ASSESSMENT }), CONTEXT, NOW);
    expect(read.index.workspaces[0]?.readiness).toEqual({ percent: 38, answered: 4, questions: 5, systems: 0 });
    expect(readWorkspaceIndex(new MemoryStorage(), CONTEXT, NOW).index.workspaces[0]?.readiness).toBeNull();
  });
});

describe('each workspace under its own key', () => {
  it('saving one writes its key and its line of the list only', () => {
    const storage = store({ [WORKSPACE_KEY]: TODAYS_WORKSPACE });
    const created = createWorkspace(storage, CONTEXT, 'Retail', '2026-11-28', NOW, random);
    const other = `${WORKSPACE_INDEX_KEY}:${created.id}`;
    const before = storage.getItem(other);
    const saved = workspace({ updatedAt: NOW.toISOString(), inventory: { systems: [system('x')], changedAt: '' } });
    storage.setItem(WORKSPACE_KEY, serializeWorkspace(saved));
    const recorded = recordSavedWorkspace(storage, CONTEXT, 'default', saved);
    expect(recorded.ok && recorded.index.workspaces.map((entry) => entry.readiness?.systems)).toEqual([1, 0]);
    expect(storage.getItem(other)).toBe(before);
  });

  it('duplicates the open workspace as shown, or another from its key, without opening the copy', () => {
    const storage = store({ [WORKSPACE_KEY]: TODAYS_WORKSPACE });
    const open = workspace({ inventory: { systems: [system('shown')], changedAt: '' } });
    const copy = duplicateWorkspace(storage, CONTEXT, 'default', open, 'Copy of Main workspace', NOW, random);
    expect(copy.ok && copy.index.selectedId).toBe('default');
    const copied = JSON.parse(storage.getItem(`${WORKSPACE_INDEX_KEY}:${copy.id}`)!);
    expect(copied.inventory.systems.map((item: { id: string }) => item.id)).toEqual(['shown']);
    expect(copied.updatedAt).toBe(NOW.toISOString());

    const again = duplicateWorkspace(storage, CONTEXT, 'default', null, 'Copy of Main workspace', NOW, random);
    const names = again.ok ? again.index.workspaces.map((entry) => entry.name) : [];
    expect(names).toEqual(['Main workspace', 'Copy of Main workspace', 'Copy of Main workspace (2)']);
    const fromKey = JSON.parse(storage.getItem(`${WORKSPACE_INDEX_KEY}:${again.id}`)!);
    expect(fromKey.inventory.systems.map((item: { name: string }) => item.name)).toEqual([
      'CV screening',
      'Support chatbot',
    ]);
  });

  it('refuses to duplicate a workspace whose saved data cannot be read', () => {
    const storage = store({ [WORKSPACE_KEY]: '{"version":3}' });
    expect(duplicateWorkspace(storage, CONTEXT, 'default', null, 'Copy', NOW, random)).toEqual({
      ok: false,
      problem: 'source-unreadable',
    });
    expect(keysOf(storage)).toEqual([WORKSPACE_KEY]);
  });

  it('renames and selects through the list, read again before each write', () => {
    const storage = store({});
    const created = createWorkspace(storage, CONTEXT, 'Retail', '2026-11-28', NOW, random);
    // Another tab made a workspace since this one read the list: both stay.
    createWorkspace(storage, CONTEXT, 'Wholesale', '2026-11-28', NOW, random);
    const renamed = renameStoredWorkspace(storage, CONTEXT, created.id!, 'Retail banking');
    expect(renamed.ok && renamed.index.workspaces.map((entry) => entry.name)).toEqual([
      'Main workspace',
      'Retail banking',
      'Wholesale',
    ]);
    expect(renameStoredWorkspace(storage, CONTEXT, created.id!, 'wholesale')).toEqual({
      ok: false,
      problem: 'name-taken',
    });
    const selected = selectStoredWorkspace(storage, CONTEXT, created.id!);
    expect(selected.ok && JSON.parse(storage.getItem(WORKSPACE_INDEX_KEY)!).selectedId).toBe(created.id);
  });

  it('deletes a workspace with its copies set aside; the default is kept', () => {
    const storage = store({ [WORKSPACE_KEY]: TODAYS_WORKSPACE });
    const created = createWorkspace(storage, CONTEXT, 'Retail', '2026-11-28', NOW, random);
    const key = `${WORKSPACE_INDEX_KEY}:${created.id}`;
    storage.setItem(`${key}:invalid:2026-12-01T00:00:00.000Z`, 'broken');
    const deleted = deleteStoredWorkspace(storage, CONTEXT, created.id!);
    expect(deleted.ok && deleted.index.selectedId).toBe('default');
    expect(keysOf(storage)).toEqual([WORKSPACE_KEY, WORKSPACE_INDEX_KEY]);
    expect(deleteStoredWorkspace(storage, CONTEXT, 'default')).toEqual({ ok: false, problem: 'default-kept' });
    expect(storage.getItem(WORKSPACE_KEY)).toBe(TODAYS_WORKSPACE);
  });

  it('leaves nothing behind when the store is full', () => {
    const storage = new MemoryStorage(4000);
    storage.setItem(WORKSPACE_KEY, serializeWorkspace(workspace()));
    storage.fill(100);
    const before = keysOf(storage);
    expect(createWorkspace(storage, CONTEXT, 'Retail', '2026-11-28', NOW, random)).toEqual({
      ok: false,
      problem: 'full',
    });
    expect(keysOf(storage)).toEqual(before);
  });
});

describe('a list that cannot be read', () => {
  it('is set aside and rebuilt from the workspaces found under their keys', () => {
    const storage = store({});
    const created = createWorkspace(storage, CONTEXT, 'Retail', '2026-11-28', NOW, random);
    storage.setItem(WORKSPACE_INDEX_KEY, '{"version":1,"selectedId":7}');
    const read = readWorkspaceIndex(storage, CONTEXT, NOW);
    expect(read.origin).toBe('set-aside');
    expect(read.reason).toContain('selectedId');
    expect(read.index.workspaces.map((entry) => [entry.id, entry.name])).toEqual([
      ['default', 'Main workspace'],
      [created.id, 'Recovered workspace 1'],
    ]);
    expect(storage.getItem(`${WORKSPACE_INDEX_KEY}:invalid:${NOW.toISOString()}`)).toBe('{"version":1,"selectedId":7}');
    expect(storage.getItem(WORKSPACE_INDEX_KEY)).toBeNull();
  });

  it('stays in place when no copy can be kept, and is then never written over', () => {
    const storage = store({ [WORKSPACE_INDEX_KEY]: 'not json' });
    for (let copy = 0; copy < 5; copy += 1) storage.setItem(`${WORKSPACE_INDEX_KEY}:invalid:2026-12-0${copy + 1}`, 'x');
    expect(readWorkspaceIndex(storage, CONTEXT, NOW).origin).toBe('held');
    expect(createWorkspace(storage, CONTEXT, 'Retail', '2026-11-28', NOW, random)).toEqual({
      ok: false,
      problem: 'list-unreadable',
    });
    expect(storage.getItem(WORKSPACE_INDEX_KEY)).toBe('not json');
  });
});
