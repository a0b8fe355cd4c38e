/**
 * One inventory, not two: the EU AI Act check keeps its own list of systems (src/lib/aiActCheck/
 * savedSystems.ts), and its tiers flow into the workbench's inventory here.
 *
 * Matching, in this order:
 * 1. by link: an inventory record whose `checkSystemId` is the check system's `id` (the check's ids
 *    are stable: the check never changes them);
 * 2. by the inventory's id: when the workbench has an inventory, the check lists its records and
 *    keeps the answers for a record under the record's own id; the record is then linked;
 * 3. by name (only for "Take tiers", see MergeRules), for records not linked yet: the same name ignoring case and repeated spaces. The
 *    record is then linked (its `checkSystemId` set), so later merges match by id even after a
 *    rename. Two or more unlinked records with that name: nothing is changed, the system is
 *    reported as ambiguous for a person to resolve;
 * 4. no match: a new record, linked, with the check's name, tier and role (for "Take tiers"; the
 *    automatic merge adds only the systems the visitor asked the check to add to the inventory).
 * A matched record takes the check's tier (source "check", dated) when the check is finished; an
 * unfinished check changes nothing. A system removed from the check leaves its record as it is.
 */
import { classifyAnswers } from '../aiActCheck/classify';
import { systemNameKey } from '../aiActCheck/inventoryList';
import type { Milestone } from '../regulatory/milestones';
import type { SavedSystems } from '../aiActCheck/systemsSaving';
import type { CheckTree } from '../aiActCheck/types';
import type { RoleId, TierId } from '../aiActCheck/vocabulary';
import type { Role } from '../scoping';
import { newInventorySystem, withInventorySystems } from './inventory';
import type { InventorySystem } from './inventorySchema';
import type { Workspace } from './workspaceSchema';

/** What the merge needs from one system of the check. */
export interface CheckSystemTier {
  /** The check's id of the system. */
  checkSystemId: string;
  name: string;
  /** The tier of the finished check; null while unfinished. */
  tier: TierId | null;
  /** The operator role the check found; null while unfinished or out of scope early. */
  role: RoleId | null;
  /** YYYY-MM-DD: the day the check's list was last saved (the check keeps no date per system). */
  checkedOn: string;
  /** The ISO time the check's list was last saved ('' when unknown): a later hand-chosen tier wins. */
  savedAt?: string;
  /** The visitor asked, in the check, for this system to join the inventory. */
  requested?: boolean;
}

/**
 * How a merge treats what it cannot match by link or inventory id. "Take tiers" (a button the
 * visitor presses) matches by name and adds every other system; the merge the workbench runs on
 * its own when it opens is cautious: no guessing by name, additions only when asked for in the
 * check, and a tier chosen by hand after the check last saved is kept.
 */
export interface MergeRules {
  byName: boolean;
  add: 'all' | 'requested';
  keepLaterManualTier: boolean;
}

export const TAKE_TIERS_RULES: MergeRules = { byName: true, add: 'all', keepLaterManualTier: false };
export const AUTOMATIC_MERGE_RULES: MergeRules = { byName: false, add: 'requested', keepLaterManualTier: true };

/**
 * The merge's input from the check's saved list. The tier is the outcome the check saved with
 * each system (format 2), so the tree is not needed; pass the tree and dates the check page uses
 * (`classifier`) to classify again, which also gives the role for new records and covers lists
 * saved before outcomes were kept (format 1, migrated without them).
 */
export function checkSystemTiers(
  saved: SavedSystems,
  classifier?: { tree: CheckTree; milestones: readonly Milestone[] },
): CheckSystemTier[] {
  const checkedOn = saved.savedAt.slice(0, 10);
  return saved.systems.map((system) => {
    const progress = classifier ? classifyAnswers(classifier.tree, system.answers, classifier.milestones) : null;
    const result = progress?.status === 'complete' ? progress : null;
    return {
      checkSystemId: system.id,
      name: system.name,
      tier: result?.tier ?? system.outcome?.tier ?? null,
      role: result?.role?.id ?? null,
      checkedOn,
      savedAt: saved.savedAt,
      requested: system.toInventory === true,
    };
  });
}

/** The check's operator role in the scoping words; roles with no counterpart stay unset. */
const SCOPING_ROLE: Partial<Record<RoleId, Role>> = { provider: 'provider', deployer: 'user' };

export interface CheckMerge {
  systems: InventorySystem[];
  /** Inventory ids of records created for check systems. */
  added: string[];
  /** Inventory ids whose tier or link changed. */
  updated: string[];
  /** Check ids matched by name (their records are now linked). */
  linkedByName: string[];
  /** Check ids whose name matches several unlinked records: nothing changed for them. */
  ambiguous: string[];
}

const nameKey = systemNameKey;

/** True when the record's tier was chosen by hand after the check's list was saved. */
const manualTierIsLater = (record: InventorySystem, check: CheckSystemTier) =>
  record.euAiAct.source === 'manual' &&
  record.euAiAct.tier !== null &&
  check.savedAt !== undefined &&
  check.savedAt !== '' &&
  record.updatedAt > check.savedAt;

function withCheckTier(
  record: InventorySystem,
  check: CheckSystemTier,
  at: string,
  rules: MergeRules,
): InventorySystem {
  const tier =
    check.tier === null || (rules.keepLaterManualTier && manualTierIsLater(record, check))
      ? record.euAiAct
      : { tier: check.tier, source: 'check' as const, checkedOn: check.checkedOn };
  const same =
    record.checkSystemId === check.checkSystemId &&
    record.euAiAct.tier === tier.tier &&
    record.euAiAct.source === tier.source &&
    record.euAiAct.checkedOn === tier.checkedOn;
  return same ? record : { ...record, checkSystemId: check.checkSystemId, euAiAct: tier, updatedAt: at };
}

/** Merges the check's systems into the inventory (see the module comment for the rules). */
export function mergeCheckIntoInventory(
  inventory: readonly InventorySystem[],
  checkSystems: readonly CheckSystemTier[],
  now = new Date(),
  random: () => number = Math.random,
  rules: MergeRules = TAKE_TIERS_RULES,
): CheckMerge {
  const at = now.toISOString();
  const systems = [...inventory];
  const merge: CheckMerge = { systems, added: [], updated: [], linkedByName: [], ambiguous: [] };
  for (const check of checkSystems) {
    let index = systems.findIndex((record) => record.checkSystemId === check.checkSystemId);
    if (index === -1) {
      index = systems.findIndex((record) => record.checkSystemId === '' && record.id === check.checkSystemId);
    }
    if (index === -1 && rules.byName) {
      const byName = systems.flatMap((record, at) =>
        record.checkSystemId === '' && nameKey(record.name) === nameKey(check.name) ? [at] : [],
      );
      if (byName.length > 1) {
        merge.ambiguous.push(check.checkSystemId);
        continue;
      }
      if (byName.length === 1) merge.linkedByName.push(check.checkSystemId);
      index = byName[0] ?? -1;
    }
    if (index === -1 && rules.add === 'requested' && !check.requested) continue;
    if (index === -1) {
      const created = newInventorySystem(check.name, new Set(systems.map((record) => record.id)), now, random);
      const role = check.role ? (SCOPING_ROLE[check.role] ?? null) : null;
      systems.push(withCheckTier({ ...created, role }, check, at, rules));
      merge.added.push(created.id);
      continue;
    }
    const record = systems[index] as InventorySystem;
    const merged = withCheckTier(record, check, at, rules);
    if (merged !== record) {
      systems[index] = merged;
      merge.updated.push(record.id);
    }
  }
  return merge;
}

/** The workspace after the merge; the same object when nothing changed (no stale-exclusion stamp). */
export function mergeCheckIntoWorkspace(
  workspace: Workspace,
  checkSystems: readonly CheckSystemTier[],
  now = new Date(),
  random: () => number = Math.random,
  rules: MergeRules = TAKE_TIERS_RULES,
): { workspace: Workspace; merge: CheckMerge } {
  const merge = mergeCheckIntoInventory(workspace.inventory.systems, checkSystems, now, random, rules);
  const changed = merge.added.length > 0 || merge.updated.length > 0;
  return { workspace: changed ? withInventorySystems(workspace, merge.systems, now) : workspace, merge };
}
