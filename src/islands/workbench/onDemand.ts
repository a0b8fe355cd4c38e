/**
 * The workbench's code that loads on demand (zod/mini and the workbench logic stay out of the page's
 * JavaScript at load): reading the workspace back through the shared persistence layer, the answers
 * the assessment saved since, the EU AI Act check's tiers, and the files in and out.
 */
import { STORAGE_KEY as ASSESSMENT_STORAGE_KEY } from '../../lib/assessment/storageWrite';
import type { KeyValueStore } from '../../lib/persistence/browserStorage';
import { datedFileName, downloadText, readTextFile } from '../../lib/persistence/files';
import { checkSystemTiers, mergeCheckIntoWorkspace } from '../../lib/workbench/checkMerge';
import { withInventorySystems } from '../../lib/workbench/inventory';
import { inventoryCsvText } from '../../lib/workbench/inventoryCsv';
import { buildInventoryJson, inventoryFileName, readInventoryFile } from '../../lib/workbench/inventoryFile';
import { withAssessmentAnswers } from '../../lib/workbench/workspace';
import {
  decodeWorkspace,
  emptyWorkspace,
  findWorkspaceSource,
  serializeWorkspace,
  workspaceFormat,
} from '../../lib/workbench/workspaceFormat';
import { DEFAULT_WORKSPACE_ID } from '../../lib/workbench/workspaceIndexSchema';
import type { Workspace } from '../../lib/workbench/workspaceSchema';
import {
  MAX_WORKSPACE_IMPORT_BYTES,
  buildWorkspaceExportFile,
  parseWorkspaceImportFile,
} from '../../lib/workbench/workspaceTransfer';
import { restoreSlot } from '../shared/restoreSlot';
import { readCheckList } from './checkOutcomes';
import type { OpenedStorage } from '../shared/storageRuntime';
import { fill } from '../shared/text';
import type { WorkbenchCopy } from './copy';

export { deleteUnreadableInPlace, downloadUnreadable } from '../shared/unreadable';
export * from './workspacesOnDemand';
export { serializeWorkspace, emptyWorkspace };
import { withCheckOutcomes } from './checkOutcomes';

export interface WorkbenchNotice {
  tone: 'info' | 'warning';
  text: string;
  actions?: readonly ('download-unreadable' | 'delete-unreadable' | 'dismiss')[];
}

export interface RestoredWorkspace {
  workspace: Workspace;
  /** Saving must wait: the store is full, or unreadable data waits for the visitor's choice. */
  hold: boolean;
  notice?: WorkbenchNotice | undefined;
}

/**
 * The answers the assessment's own key holds, when it saved them after the workspace's copy: the
 * workspace takes them (the assessment island owns that key; this page only reads it).
 */
function withNewerAnswers(storage: KeyValueStore, workspace: Workspace): Workspace | null {
  let raw: string | null;
  try {
    raw = storage.getItem(ASSESSMENT_STORAGE_KEY);
  } catch {
    return null;
  }
  const decoded = raw === null ? null : decodeWorkspace(raw);
  if (!decoded?.ok) return null;
  const { savedAt, scoping, answers, step } = decoded.value.value.assessment;
  if (savedAt === '' || savedAt <= workspace.assessment.savedAt) return null;
  return withAssessmentAnswers(workspace, { scoping, answers, step });
}

/**
 * The workspace to show when the page opens (see src/lib/workbench/README.md, "Load"). Only the
 * default workspace is the assessment page's: it alone starts from, and takes newer, answers saved there.
 */
export function restore(
  opened: OpenedStorage,
  copy: WorkbenchCopy,
  contentVersion: string,
  workspaceId = DEFAULT_WORKSPACE_ID,
): RestoredWorkspace {
  const { access } = opened;
  if (access.kind === 'blocked') return { workspace: emptyWorkspace(contentVersion), hold: false };
  if (workspaceId !== DEFAULT_WORKSPACE_ID) {
    const restored = restoreSlot(opened, workspaceFormat, { ...copy, unreadable: copy.workspaces.unreadable });
    return {
      workspace: restored.value ?? emptyWorkspace(contentVersion),
      hold: restored.hold,
      notice: restored.notice,
    };
  }
  const restored = restoreSlot(opened, workspaceFormat, copy);
  if (restored.value) {
    const newer = withNewerAnswers(access.storage, restored.value);
    if (!newer || restored.hold) return { workspace: restored.value, hold: restored.hold, notice: restored.notice };
    return { workspace: newer, hold: false, notice: { tone: 'info', text: copy.answersTaken, actions: ['dismiss'] } };
  }
  const source = findWorkspaceSource(access.storage, ASSESSMENT_STORAGE_KEY);
  const workspace = source.kind === 'from-assessment' ? source.workspace : emptyWorkspace(contentVersion);
  const notice: WorkbenchNotice | undefined =
    restored.notice ?? (source.kind === 'from-assessment' ? { tone: 'info', text: copy.migrated } : undefined);
  return { workspace, hold: restored.hold, notice };
}

/** Merges the check's saved systems into the inventory and says what happened. */
export function takeCheckTiers(
  storage: OpenedStorage,
  workspace: Workspace,
  copy: WorkbenchCopy,
): { workspace?: Workspace; notice: WorkbenchNotice } {
  const list = readCheckList(storage);
  if (list.kind === 'none') return { notice: { tone: 'info', text: copy.noCheckSystems, actions: ['dismiss'] } };
  if (list.kind === 'unreadable') {
    return {
      notice: { tone: 'warning', text: fill(copy.checkUnreadable, { reason: list.reason }), actions: ['dismiss'] },
    };
  }
  const { saved } = list;
  const result = mergeCheckIntoWorkspace(workspace, checkSystemTiers(saved));
  const { merge } = result;
  const ambiguousNames = merge.ambiguous.map((id) => saved.systems.find((system) => system.id === id)?.name ?? id);
  const text =
    fill(copy.merged, { added: merge.added.length, updated: merge.updated.length, linked: merge.linkedByName.length }) +
    (ambiguousNames.length > 0 ? fill(copy.mergedAmbiguous, { names: ambiguousNames.join(', ') }) : '');
  return { workspace: result.workspace, notice: { tone: ambiguousNames.length > 0 ? 'warning' : 'info', text } };
}

export function exportInventory(workspace: Workspace, kind: 'csv' | 'json'): void {
  const { systems } = workspace.inventory;
  downloadText(inventoryFileName(kind), kind === 'csv' ? inventoryCsvText(systems) : buildInventoryJson(systems));
}

export function exportWorkspace(workspace: Workspace): void {
  downloadText(datedFileName('workspace', 'json'), buildWorkspaceExportFile(workspace));
}

/** An inventory file replaces the inventory only when every row is valid. */
export async function importInventory(
  file: File,
  workspace: Workspace,
  copy: WorkbenchCopy,
): Promise<{ workspace?: Workspace; notice: WorkbenchNotice }> {
  const read = await readInventoryFile(file, new Date());
  if (!read.ok) {
    const problems = read.problems
      .map((problem) => (problem.line === null ? problem.message : fill(copy.problemAtLine, problem)))
      .join('; ');
    return { notice: { tone: 'warning', text: fill(copy.inventoryRefused, { problems }), actions: ['dismiss'] } };
  }
  return {
    workspace: withInventorySystems(workspace, read.systems),
    notice: { tone: 'info', text: fill(copy.inventoryImported, { count: read.systems.length }), actions: ['dismiss'] },
  };
}

/** A workspace file replaces the whole workspace only when it is fully valid. */
export async function importWorkspace(
  file: File,
  copy: WorkbenchCopy,
  contentVersion: string,
): Promise<{ workspace?: Workspace; notice: WorkbenchNotice }> {
  const text = await readTextFile(file, MAX_WORKSPACE_IMPORT_BYTES);
  const parsed = text.ok
    ? parseWorkspaceImportFile(text.value, file.size, contentVersion)
    : { ok: false as const, error: text.reason };
  if (!parsed.ok) {
    return {
      notice: { tone: 'warning', text: fill(copy.workspaceRefused, { reason: parsed.error }), actions: ['dismiss'] },
    };
  }
  const count = parsed.workspace.inventory.systems.length;
  return {
    workspace: parsed.workspace,
    notice: { tone: 'info', text: fill(copy.workspaceImported, { count }), actions: ['dismiss'] },
  };
}

/**
 * The workspace to show, with the EU AI Act check's outcomes merged into the first workspace: the
 * one the check offers records from and the assessment fills (workspaceLocation.ts). `merged`: it
 * changed and must be saved.
 */
export function restoreWithCheck(
  opened: OpenedStorage,
  copy: WorkbenchCopy,
  contentVersion: string,
  workspaceId: string,
): RestoredWorkspace & { merged: boolean } {
  const restored = restore(opened, copy, contentVersion, workspaceId);
  if (workspaceId !== DEFAULT_WORKSPACE_ID) return { ...restored, merged: false };
  return withCheckOutcomes(opened, restored, copy);
}
