/**
 * The inventory as the other tools read it: decoded with the workspace's own format (validation,
 * migrations), read-only. Loaded on demand by the check and the assessment when a workspace exists.
 */
import type { InventoryEntry } from '../aiActCheck/inventoryList';
import type { InventorySystem } from './inventorySchema';
import { decodeWorkspace } from './workspaceFormat';

/** The inventory's systems, or null when the stored workspace cannot be read (the workbench reports that). */
export function readInventorySystems(raw: string): InventorySystem[] | null {
  const decoded = decodeWorkspace(raw);
  return decoded.ok ? decoded.value.value.inventory.systems : null;
}

/**
 * The id under which the EU AI Act check keeps a record's answers: the check system it is linked
 * to, else the record's own id (the check then stores its answers under the inventory's id, and
 * the workbench links the two when it merges, see checkMerge.ts).
 */
export const checkIdOfRecord = (record: Pick<InventorySystem, 'id' | 'checkSystemId'>) =>
  record.checkSystemId === '' ? record.id : record.checkSystemId;

/** The inventory's records as the EU AI Act check lists them; null when the workspace cannot be read. */
export function inventoryEntriesForCheck(raw: string): InventoryEntry[] | null {
  const systems = readInventorySystems(raw);
  return systems && systems.map((record) => ({ checkId: checkIdOfRecord(record), name: record.name }));
}
