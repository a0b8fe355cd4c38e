// The list of workspaces (issue 15): its record and the pure edits of it.
import { describe, expect, it } from 'vitest';
import { decodeVersioned } from '../../../src/lib/persistence/versions';
import {
  addWorkspace,
  checkWorkspaceName,
  entryOf,
  indexWithDefault,
  newWorkspaceId,
  removeWorkspace,
  renameWorkspace,
  selectWorkspace,
  unusedWorkspaceName,
  withSavedWorkspace,
} from '../../../src/lib/workbench/workspaceIndex';
import {
  MAX_WORKSPACES,
  workspaceIndexFormat,
  workspaceStorageKey,
  type WorkspaceIndex,
} from '../../../src/lib/workbench/workspaceIndexSchema';
import { readinessSummary } from '../../../src/lib/workbench/workspaceReadiness';
import { T0, system, workspace } from './builders';

const QUESTIONS = [{ id: 'q-one' }, { id: 'q-two' }, { id: 'q-three' }];
const answer = (status: 'implemented' | 'partial' | 'not-started' | 'not-applicable', justification = '') => ({
  status,
  justification,
  documented: false,
  evidenced: false,
  note: '',
});

function index(...names: string[]): WorkspaceIndex {
  let result = indexWithDefault(entryOf('default', 'Group', null, QUESTIONS));
  names.forEach((name, position) => {
    const added = addWorkspace(result, entryOf(`ws-${position}`, name, null, QUESTIONS), false);
    if (!added.ok) throw new Error(added.problem);
    result = added.index;
  });
  return result;
}

const namesOf = (list: WorkspaceIndex) => list.workspaces.map((entry) => entry.name);
const must = <T extends { ok: boolean }>(result: T) => {
  expect(result.ok).toBe(true);
  return result as Extract<T, { ok: true }>;
};

describe('the list of workspaces as stored', () => {
  const decode = (value: unknown) => decodeVersioned(JSON.stringify(value), workspaceIndexFormat);

  it('reads back what was written, and falls back to the default for an unknown selection', () => {
    const list = { ...index('Retail'), selectedId: 'ws-0' };
    expect(decode(list)).toEqual({ ok: true, value: { value: list, migratedFrom: null } });
    const decoded = decode({ ...list, selectedId: 'ws-gone' });
    expect(decoded.ok && decoded.value.value.selectedId).toBe('default');
  });

  it.each([
    [
      'no default first',
      { version: 1, selectedId: 'default', workspaces: [entryOf('ws-a', 'A', null, [])] },
      'default',
    ],
    [
      'a repeated id',
      { ...index('A'), workspaces: [...index('A').workspaces, entryOf('ws-0', 'B', null, [])] },
      'twice',
    ],
    ['an empty name', { ...index(), workspaces: [{ ...index().workspaces[0], name: '  ' }] }, 'workspaces[1].name'],
    ['a newer version', { ...index(), version: 2 }, 'newer than this page reads'],
    [
      'a readiness over 100',
      {
        ...index(),
        workspaces: [
          { ...entryOf('default', 'G', null, []), readiness: { percent: 101, answered: 0, questions: 0, systems: 0 } },
        ],
      },
      'percent',
    ],
  ])('refuses a list with %s', (_, value, reason) => {
    const decoded = decode(value);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.reason).toContain(reason);
  });

  it('keeps the default workspace under today’s key and the others under their own', () => {
    expect(workspaceStorageKey('default')).toBe('iso42001:workspace');
    expect(workspaceStorageKey('ws-abc')).toBe('iso42001:workspaces:ws-abc');
  });
});

describe('readiness summary', () => {
  it('uses the published rule: implemented 1, partial 0.5, a justified N/A leaves the count', () => {
    const answered = workspace({
      assessment: {
        ...workspace().assessment,
        answers: {
          'q-one': answer('implemented'),
          'q-two': answer('partial'),
          'q-three': answer('not-applicable', 'Outside our scope entirely'),
        },
      },
      inventory: { systems: [system('a'), system('b')], changedAt: T0 },
    });
    // 1.5 credits over 2 applicable questions.
    expect(readinessSummary(answered, QUESTIONS)).toEqual({ percent: 75, answered: 3, questions: 3, systems: 2 });
  });

  it('counts an N/A without justification as unanswered, and says nothing applies when nothing does', () => {
    const answers = { 'q-one': answer('not-applicable'), 'q-two': answer('not-started') };
    const partly = workspace({ assessment: { ...workspace().assessment, answers } });
    expect(readinessSummary(partly, QUESTIONS)).toEqual({ percent: 0, answered: 1, questions: 3, systems: 0 });
    expect(readinessSummary(partly, [])).toMatchObject({ percent: null, questions: 0 });
  });
});

describe('editing the list', () => {
  it('adds at the end, selecting it only when asked', () => {
    const added = must(addWorkspace(index('Retail'), entryOf('ws-x', '  Private   banking ', null, []), true));
    expect(namesOf(added.index)).toEqual(['Group', 'Retail', 'Private banking']);
    expect(added.index.selectedId).toBe('ws-x');
    expect(must(addWorkspace(index(), entryOf('ws-y', 'Other', null, []), false)).index.selectedId).toBe('default');
  });

  it.each([
    ['', 'name-empty'],
    ['x'.repeat(81), 'name-too-long'],
    ['retail', 'name-taken'],
  ])('refuses the name "%s"', (name, problem) => {
    expect(checkWorkspaceName(index('Retail'), name)).toEqual({ ok: false, problem });
    expect(addWorkspace(index('Retail'), entryOf('ws-x', name, null, []), false)).toEqual({ ok: false, problem });
  });

  it(`stops at ${MAX_WORKSPACES} workspaces`, () => {
    const full = index(...Array.from({ length: MAX_WORKSPACES - 1 }, (_, position) => `Unit ${position}`));
    expect(addWorkspace(full, entryOf('ws-x', 'One more', null, []), false)).toEqual({
      ok: false,
      problem: 'too-many',
    });
  });

  it('renames, keeping its own name free and others’ names taken', () => {
    const list = index('Retail', 'Wholesale');
    expect(namesOf(must(renameWorkspace(list, 'ws-0', 'RETAIL')).index)).toEqual(['Group', 'RETAIL', 'Wholesale']);
    expect(renameWorkspace(list, 'ws-0', 'wholesale')).toEqual({ ok: false, problem: 'name-taken' });
    expect(renameWorkspace(list, 'ws-9', 'Else')).toEqual({ ok: false, problem: 'not-found' });
  });

  it('removes any workspace but the default; removing the open one opens the default', () => {
    const list = must(selectWorkspace(index('Retail', 'Wholesale'), 'ws-1')).index;
    const removed = must(removeWorkspace(list, 'ws-1')).index;
    expect(namesOf(removed)).toEqual(['Group', 'Retail']);
    expect(removed.selectedId).toBe('default');
    expect(must(removeWorkspace(list, 'ws-0')).index.selectedId).toBe('ws-1');
    expect(removeWorkspace(list, 'default')).toEqual({ ok: false, problem: 'default-kept' });
    expect(selectWorkspace(list, 'ws-9')).toEqual({ ok: false, problem: 'not-found' });
  });

  it('finds a free copy name and a free id', () => {
    const list = index('Retail', 'Copy of Retail');
    expect(unusedWorkspaceName(list, 'Copy of Retail')).toBe('Copy of Retail (2)');
    expect(unusedWorkspaceName(list, 'Wholesale')).toBe('Wholesale');
    const long = unusedWorkspaceName(index('y'.repeat(80)), 'y'.repeat(90));
    expect(long).toBe(`${'y'.repeat(76)} (2)`);
    const constant = () => 0;
    const first = newWorkspaceId(list, constant);
    expect(first).toMatch(/^ws-[a-z0-9-]+$/);
    const taken = must(addWorkspace(list, entryOf(first, 'Taken', null, []), false)).index;
    expect(newWorkspaceId(taken, constant)).not.toBe(first);
  });

  it('takes a saved workspace’s last change and readiness, keeping its name', () => {
    const saved = workspace({
      updatedAt: '2026-12-01T08:00:00.000Z',
      assessment: { ...workspace().assessment, answers: { 'q-one': answer('implemented') } },
    });
    const list = must(withSavedWorkspace(index('Retail'), 'ws-0', saved, QUESTIONS)).index;
    expect(list.workspaces[1]).toEqual({
      id: 'ws-0',
      name: 'Retail',
      updatedAt: '2026-12-01T08:00:00.000Z',
      readiness: { percent: 33, answered: 1, questions: 3, systems: 0 },
    });
  });
});
