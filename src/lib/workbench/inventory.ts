/**
 * Editing the AI system inventory inside a workspace. Every change stamps the record and the
 * inventory's `changedAt` (an exclusion justified before it is flagged stale, see soa.ts), and
 * removing a system also removes the SoA's links to it, so no link ever points at nothing.
 */
import type { Scoping } from '../assessment/types';
import { newRecordId } from './fields';
import type { InventorySystem } from './inventorySchema';
import type { Workspace } from './workspaceSchema';

/** A new record with nothing known but its name; in scope until someone says otherwise. */
export function newInventorySystem(
  name: string,
  takenIds: ReadonlySet<string>,
  now = new Date(),
  random: () => number = Math.random,
): InventorySystem {
  return {
    id: newRecordId('system', takenIds, random),
    name,
    purpose: '',
    owner: '',
    role: null,
    lifecycleStage: null,
    dataCategories: [],
    thirdPartyComponents: [],
    euAiAct: { tier: null, source: 'manual', checkedOn: '' },
    checkSystemId: '',
    impactAssessment: { status: 'not-started', date: '' },
    inScope: true,
    scopeReason: '',
    updatedAt: now.toISOString(),
  };
}

/** The ids in use, for newInventorySystem. */
export const systemIds = (workspace: Workspace) => new Set(workspace.inventory.systems.map((system) => system.id));

/** The workspace with the inventory's systems replaced (an import, a merge): stamps the change. */
export function withInventorySystems(workspace: Workspace, systems: InventorySystem[], now = new Date()): Workspace {
  const at = now.toISOString();
  const kept = new Set(systems.map((system) => system.id));
  const entries = workspace.soa.entries.map((entry) =>
    entry.systemIds.every((id) => kept.has(id))
      ? entry
      : { ...entry, systemIds: entry.systemIds.filter((id) => kept.has(id)) },
  );
  return {
    ...workspace,
    updatedAt: at,
    inventory: { systems, changedAt: at },
    soa: { ...workspace.soa, entries },
  };
}

/** Adds the system, or replaces the record with the same id in place; stamps the record. */
export function saveInventorySystem(workspace: Workspace, system: InventorySystem, now = new Date()): Workspace {
  const stamped = { ...system, updatedAt: now.toISOString() };
  const systems = workspace.inventory.systems;
  const index = systems.findIndex((candidate) => candidate.id === system.id);
  const next =
    index === -1 ? [...systems, stamped] : systems.map((candidate, at) => (at === index ? stamped : candidate));
  return withInventorySystems(workspace, next, now);
}

/** Removes the system and every SoA link to it. */
export function removeInventorySystem(workspace: Workspace, systemId: string, now = new Date()): Workspace {
  const systems = workspace.inventory.systems.filter((system) => system.id !== systemId);
  return withInventorySystems(workspace, systems, now);
}

/**
 * The scoping step's "How many AI systems would the management system cover?" as the inventory
 * answers it: the systems marked in scope, or null when the inventory is empty (the step's own
 * answer then stands).
 */
export function inventorySystemCount(systems: readonly InventorySystem[]): number | null {
  return systems.length === 0 ? null : systems.filter((system) => system.inScope).length;
}

/** The scoping answers with the system count taken from the inventory when it has records. */
export function scopingWithInventoryCount(scoping: Scoping, systems: readonly InventorySystem[]): Scoping {
  const count = inventorySystemCount(systems);
  return count === null ? scoping : { ...scoping, aiSystemCount: count };
}
