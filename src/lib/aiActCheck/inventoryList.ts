/**
 * One inventory, not two: when the readiness workbench has an AI system inventory in this browser,
 * the check lists the inventory's records rather than a second list typed by hand. The check only
 * READS the inventory (the workbench owns its data); it keeps its answers for a record under the id
 * of the record (or of the check system the record is already linked to), and the workbench takes
 * the outcomes into its inventory when it opens (src/lib/workbench/checkMerge.ts).
 */
import type { CheckedSystem } from './systemsSaving';

/** A record of the workbench's inventory as the check lists it. */
export interface InventoryEntry {
  /** The id the check keeps the record's answers under. */
  checkId: string;
  /** The record's name in the inventory (the inventory's name wins over a name the check kept). */
  name: string;
}

/** Names compared as people mean them: case and repeated spaces ignored. */
export const systemNameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * The check's list with the inventory: the inventory's records first, in its order and under its
 * names, each with the answers the check keeps for it; then the systems only the check knows. A
 * record's request to join the inventory is dropped once it is there. `dropUntouched` leaves out
 * the check's starting system while nothing was saved (an empty "AI system 1" beside the inventory).
 */
export function listWithInventory(
  own: readonly CheckedSystem[],
  entries: readonly InventoryEntry[],
  dropUntouched: boolean,
): CheckedSystem[] {
  const ownById = new Map(own.map((system) => [system.id, system]));
  const fromInventory = entries.map((entry): CheckedSystem => {
    const kept = ownById.get(entry.checkId);
    const listed: CheckedSystem = { ...(kept ?? { answers: {} }), id: entry.checkId, name: entry.name };
    delete listed.toInventory;
    return listed;
  });
  const inInventory = new Set(entries.map((entry) => entry.checkId));
  const onlyHere = dropUntouched && entries.length > 0 ? [] : own.filter((system) => !inInventory.has(system.id));
  return [...fromInventory, ...onlyHere];
}

/** The inventory record with this name, if any (so adding it again opens it instead). */
export function inventoryEntryNamed(entries: readonly InventoryEntry[], name: string): InventoryEntry | undefined {
  return entries.find((entry) => systemNameKey(entry.name) === systemNameKey(name));
}

/** An id for a new system of the check, "system-<n>", taken by no system of the check or the inventory. */
export function newCheckSystemId(taken: Iterable<string>): string {
  const ids = new Set(taken);
  const numbers = [...ids].map((id) => Number(/^system-(\d+)$/.exec(id)?.[1] ?? 0));
  for (let next = Math.max(0, ...numbers) + 1; ; next += 1) {
    if (!ids.has(`system-${next}`)) return `system-${next}`;
  }
}
