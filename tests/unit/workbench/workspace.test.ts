import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY as ASSESSMENT_KEY } from '../../../src/lib/assessment/storageWrite';
import { loadSaved } from '../../../src/lib/persistence/loadSaved';
import { openSavedSlot } from '../../../src/lib/persistence/savedSlot';
import {
  WORKSPACE_STORAGE_KEY,
  decodeWorkspace,
  findWorkspaceSource,
  serializeWorkspace,
  workspaceFormat,
} from '../../../src/lib/workbench/workspaceFormat';
import { WORKSPACE_VERSION } from '../../../src/lib/workbench/workspaceSchema';
import { buildWorkspaceExportFile, parseWorkspaceImportFile } from '../../../src/lib/workbench/workspaceTransfer';
import { withAssessmentAnswers } from '../../../src/lib/workbench/workspace';
import { MemoryStorage } from '../persistence/memoryStorage';
import { evidence, soaEntry, system, workspace } from './builders';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../fixtures/saved', name), 'utf8');
const savedAnswers = fixture('assessment-v2.json').trim();
const exportedAnswers = fixture('assessment-export-v2.json');

describe('workspace migration from the assessment format of today', () => {
  it('loads the saved answers (version 2) as a workspace, answers and scoping unchanged', () => {
    const storage = new MemoryStorage();
    storage.setItem(WORKSPACE_STORAGE_KEY, savedAnswers);
    const outcome = loadSaved(storage, openSavedSlot(storage, WORKSPACE_STORAGE_KEY), workspaceFormat);
    if (outcome.kind !== 'loaded') throw new Error(JSON.stringify(outcome));
    const original = JSON.parse(savedAnswers);
    expect(outcome.migratedFrom).toBe(2);
    expect(outcome.value.version).toBe(WORKSPACE_VERSION);
    expect(outcome.value.assessment).toEqual({
      savedAt: original.savedAt,
      contentVersion: original.contentVersion,
      step: original.step,
      scoping: original.scoping,
      answers: original.answers,
      scopingChangedAt: '',
    });
    expect(outcome.value.updatedAt).toBe(original.savedAt);
    expect(outcome.value.inventory.systems).toEqual([]);
    expect(outcome.value.soa).toEqual({ entries: [], versions: [] });
    expect(outcome.value.evidence.items).toEqual([]);
  });

  it('loads an answers file exported by the assessment, dated by its export time', () => {
    const imported = parseWorkspaceImportFile(exportedAnswers, exportedAnswers.length, '2026-11-28');
    if (!imported.ok) throw new Error(imported.error);
    const original = JSON.parse(exportedAnswers);
    expect(imported.migratedFrom).toBe(2);
    expect(imported.contentChanged).toBe(false);
    expect(imported.exportedAt).toBe('2026-11-30T09:12:45.000Z');
    expect(imported.workspace.assessment.answers).toEqual(original.answers);
    expect(imported.workspace.assessment.scoping).toEqual(original.scoping);
    expect(imported.workspace.assessment.savedAt).toBe('2026-11-30T09:12:45.000Z');
  });

  it('upgrades the pre-release answers (version 1) through the assessment migration', () => {
    const raw = JSON.stringify({
      version: 1,
      savedAt: '2026-10-01T09:00:00.000Z',
      step: '5',
      scoping: { role: 'user', sizeBand: 'under-50', aiSystemCount: 2 },
      answers: { scope: 'partial' },
    });
    const decoded = decodeWorkspace(raw);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.value.migratedFrom).toBe(1);
    expect(decoded.value.value.assessment.scoping.euExposure).toBeNull();
    expect(decoded.value.value.assessment.answers.scope).toEqual({
      status: 'partial',
      justification: '',
      documented: false,
      evidenced: false,
      note: '',
    });
  });

  it('offers the saved answers as the first workspace without writing to either key', () => {
    const storage = new MemoryStorage();
    storage.setItem(ASSESSMENT_KEY, savedAnswers);
    const source = findWorkspaceSource(storage, ASSESSMENT_KEY);
    if (source.kind !== 'from-assessment') throw new Error(source.kind);
    expect(source.workspace.assessment.answers).toEqual(JSON.parse(savedAnswers).answers);
    expect(storage.getItem(ASSESSMENT_KEY)).toBe(savedAnswers);
    expect(storage.getItem(WORKSPACE_STORAGE_KEY)).toBeNull();
  });

  it('prefers a saved workspace over the answers', () => {
    const storage = new MemoryStorage();
    storage.setItem(ASSESSMENT_KEY, savedAnswers);
    storage.setItem(WORKSPACE_STORAGE_KEY, serializeWorkspace(workspace()));
    expect(findWorkspaceSource(storage, ASSESSMENT_KEY)).toEqual({ kind: 'workspace' });
  });
});

describe('workspace round trip', () => {
  const full = workspace({
    inventory: {
      systems: [system('chatbot'), system('triage', { euAiAct: { tier: null, source: 'manual', checkedOn: '' } })],
      changedAt: '2026-11-02T10:00:00.000Z',
    },
    soa: {
      entries: [soaEntry('A.2.2')],
      versions: [
        {
          label: 'v1',
          approver: 'CEO',
          approvedOn: '2026-11-03',
          recordedAt: '2026-11-03T12:00:00.000Z',
          rows: [soaEntry('A.2.2')],
        },
      ],
    },
    evidence: { items: [evidence('policy')] },
  });

  it('keeps every part through storage text', () => {
    const decoded = decodeWorkspace(serializeWorkspace(full));
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.value).toEqual({ value: full, migratedFrom: null });
  });

  it('keeps every part through an export file', () => {
    const text = buildWorkspaceExportFile(full, new Date('2026-11-05T08:00:00Z'));
    const imported = parseWorkspaceImportFile(text, text.length, '2026-11-28');
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.workspace).toEqual(full);
    expect(imported.migratedFrom).toBeNull();
    expect(imported.exportedAt).toBe('2026-11-05T08:00:00.000Z');
  });

  it('holds 200 systems and 500 evidence items', () => {
    const large = workspace({
      inventory: { systems: Array.from({ length: 200 }, (_, index) => system(`system-${index}`)), changedAt: '' },
      evidence: { items: Array.from({ length: 500 }, (_, index) => evidence(`item-${index}`)) },
    });
    const decoded = decodeWorkspace(serializeWorkspace(large));
    expect(decoded.ok && decoded.value.value.evidence.items.length).toBe(500);
  });
});

describe('scoping change time', () => {
  it('moves only when a scoping answer changes', () => {
    const start = workspace();
    const answered = withAssessmentAnswers(
      start,
      { step: '4', scoping: start.assessment.scoping, answers: {} },
      new Date('2026-11-10T00:00:00Z'),
    );
    expect(answered.assessment.scopingChangedAt).toBe('');
    const scoped = withAssessmentAnswers(
      answered,
      { step: 'scoping', scoping: { ...start.assessment.scoping, aiSystemCount: 3 }, answers: {} },
      new Date('2026-11-11T00:00:00Z'),
    );
    expect(scoped.assessment.scopingChangedAt).toBe('2026-11-11T00:00:00.000Z');
  });
});
