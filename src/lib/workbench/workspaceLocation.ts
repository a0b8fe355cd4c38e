/**
 * Where the workbench's workspace is stored, for the tools that only READ it (the EU AI Act check
 * offers the inventory's records, the assessment takes its in-scope count). The workbench owns the
 * key and is the only one that writes it; every reader goes through `readWorkspaceText`, so a change
 * of layout (several workspaces: an index and one key each) is one edit here. Kept free of zod so a
 * page can look for a workspace at load and fetch the decoding code only when one exists.
 */

/** Equal to WORKSPACE_STORAGE_KEY of workspaceFormat.ts (a unit test keeps the two the same). */
export const WORKSPACE_KEY = 'iso42001:workspace';

/**
 * The stored text of the first workspace (the workbench can keep several; the first is the one the
 * assessment fills and the check pairs with), or null when there is none.
 */
export function readWorkspaceText(storage: Pick<Storage, 'getItem'>): string | null {
  return storage.getItem(WORKSPACE_KEY);
}
