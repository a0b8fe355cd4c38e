/**
 * One inventory, not two: the EU AI Act check lists this inventory's records and keeps its answers
 * for them under its own key (the check never writes the workspace, the workbench never writes the
 * check's list: one owner per key, so neither can overwrite the other). When the workbench opens it
 * reads the check's list and takes the outcomes into the inventory by itself, with a notice:
 * linked records and records the check classified by their id get the check's tier, and systems
 * the visitor asked, in the check, to add join the inventory (AUTOMATIC_MERGE_RULES). Part of the
 * workbench's on-demand code.
 */
import { decodeSavedSystems } from '../../lib/aiActCheck/savedSystems';
import { STORAGE_KEY as CHECK_STORAGE_KEY, type SavedSystems } from '../../lib/aiActCheck/systemsSaving';
import { AUTOMATIC_MERGE_RULES, checkSystemTiers, mergeCheckIntoWorkspace } from '../../lib/workbench/checkMerge';
import type { OpenedStorage } from '../shared/storageRuntime';
import { fill } from '../shared/text';
import type { WorkbenchCopy } from './copy';
import type { RestoredWorkspace } from './onDemand';

export type CheckList =
  { kind: 'none' } | { kind: 'unreadable'; reason: string } | { kind: 'saved'; saved: SavedSystems };

/** The check's saved list, read only (the check owns its key). */
export function readCheckList(storage: OpenedStorage): CheckList {
  let raw: string | null = null;
  try {
    raw = storage.access.kind === 'blocked' ? null : storage.access.storage.getItem(CHECK_STORAGE_KEY);
  } catch {
    raw = null;
  }
  if (raw === null) return { kind: 'none' };
  const decoded = decodeSavedSystems(raw);
  return decoded.ok ? { kind: 'saved', saved: decoded.value.value } : { kind: 'unreadable', reason: decoded.reason };
}

/**
 * The restored workspace with the check's outcomes merged; `merged` says it changed and must be
 * saved. Nothing happens while saving is held (the store is full, unreadable data waits).
 */
export function withCheckOutcomes(
  storage: OpenedStorage,
  restored: RestoredWorkspace,
  copy: WorkbenchCopy,
  now = new Date(),
): RestoredWorkspace & { merged: boolean } {
  const list = restored.hold ? ({ kind: 'none' } as const) : readCheckList(storage);
  if (list.kind !== 'saved') return { ...restored, merged: false };
  const tiers = checkSystemTiers(list.saved);
  const { workspace, merge } = mergeCheckIntoWorkspace(
    restored.workspace,
    tiers,
    now,
    Math.random,
    AUTOMATIC_MERGE_RULES,
  );
  if (workspace === restored.workspace) return { ...restored, merged: false };
  const text = fill(copy.checkOutcomes.merged, { updated: merge.updated.length, added: merge.added.length });
  const notice = restored.notice
    ? { ...restored.notice, text: `${restored.notice.text} ${text}` }
    : { tone: 'info' as const, text, actions: ['dismiss'] as const };
  return { workspace, hold: restored.hold, notice, merged: true };
}
