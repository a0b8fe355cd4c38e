/**
 * The check's code that loads on demand: reading saved systems back (setting unreadable data aside
 * through the shared persistence layer), and export, import and CSV download.
 */
import type { Milestone } from '../../lib/regulatory/milestones';
import {
  MAX_IMPORT_BYTES,
  decodeSavedSystems,
  savedSystemsFormat,
  serializeSystems,
} from '../../lib/aiActCheck/savedSystems';
import type { CheckedSystem } from '../../lib/aiActCheck/savedSystems';
import { systemsCsvRows } from '../../lib/aiActCheck/systemsCsv';
import type { CheckTree } from '../../lib/aiActCheck/types';
import { toCsv } from '../../lib/csv';
import { datedFileName, downloadText, readTextFile } from '../../lib/persistence/files';
import { savedAndSetAside } from '../shared/deleteSaved';
import { restoreSlot } from '../shared/restoreSlot';
import type { OpenedStorage } from '../shared/storageRuntime';
import { fill } from '../shared/text';
import type { AiActCheckCopy } from './copy';

export { deleteUnreadableInPlace, downloadUnreadable } from '../shared/unreadable';
export { deleteSavedAndSetAside as deleteAll } from '../shared/deleteSaved';

/** What "Delete all" will remove, in the visitor's words. */
export function deletionList(storage: OpenedStorage, copy: AiActCheckCopy): string[] {
  const { saved, setAside } = savedAndSetAside(storage);
  return [
    ...(saved ? [copy.deleteListSystems] : []),
    ...(setAside > 0 ? [fill(copy.deleteListSetAside, { count: setAside })] : []),
  ];
}

export interface CheckNotice {
  tone: 'info' | 'warning';
  text: string;
  actions?: readonly ('download-unreadable' | 'delete-unreadable' | 'dismiss')[];
}

export interface Restored {
  systems?: CheckedSystem[];
  /** True when writing must wait for the visitor's choice about unreadable data left in place. */
  hold: boolean;
  notice?: CheckNotice;
}

/** The saved list, read-only while the store is full; unreadable data set aside or held (shared rules). */
export function restore(storage: OpenedStorage, copy: AiActCheckCopy): Restored {
  const { value, ...rest } = restoreSlot(storage, savedSystemsFormat, copy);
  return value ? { systems: value.systems, ...rest } : rest;
}

export function exportSystems(systems: readonly CheckedSystem[]): void {
  downloadText(datedFileName('ai-act-check', 'json'), serializeSystems(systems));
}

export function downloadSystemsCsv(
  tree: CheckTree,
  milestones: readonly Milestone[],
  systems: readonly CheckedSystem[],
) {
  downloadText(datedFileName('ai-act-check', 'csv'), toCsv(systemsCsvRows(tree, milestones, systems)));
}

/** Reads and checks an imported file: the systems, or why it was refused (nothing is changed then). */
export async function importSystems(
  file: File,
  copy: AiActCheckCopy,
): Promise<{ systems: CheckedSystem[]; notice: CheckNotice } | { notice: CheckNotice }> {
  const text = await readTextFile(file, MAX_IMPORT_BYTES);
  const decoded = text.ok ? decodeSavedSystems(text.value) : text;
  if (!decoded.ok) return { notice: { tone: 'warning', text: fill(copy.importRefused, { reason: decoded.reason }) } };
  const { systems } = decoded.value.value;
  return { systems, notice: { tone: 'info', text: fill(copy.imported, { count: systems.length }) } };
}
