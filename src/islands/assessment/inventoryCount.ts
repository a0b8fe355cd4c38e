/**
 * Loaded on demand when the workbench has a workspace in this browser: reads its inventory through
 * the workspace's own format and gives the scoping step's count (the systems in scope).
 */
import { inventorySystemCount } from '../../lib/workbench/inventory';
import { readInventorySystems } from '../../lib/workbench/inventoryReading';

export interface InventoryCount {
  /** Systems in scope: the scoping answer. */
  count: number;
  /** Systems in the inventory. */
  total: number;
}

/** Null when the workspace is unreadable (the workbench reports that) or its inventory is empty. */
export function readInventoryCount(raw: string): InventoryCount | null {
  const systems = readInventorySystems(raw);
  const count = systems ? inventorySystemCount(systems) : null;
  return systems && count !== null ? { count, total: systems.length } : null;
}
