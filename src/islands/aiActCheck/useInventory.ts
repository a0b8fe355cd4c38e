/**
 * The readiness workbench's inventory, when this browser has one: read once after hydration,
 * read-only (the workbench owns its data; see src/lib/aiActCheck/inventoryList.ts). The decoding
 * code (the workspace's format) loads only when a workspace is stored.
 */
import { useEffect, useState } from 'react';
import type { InventoryEntry } from '../../lib/aiActCheck/inventoryList';
import { loadOrReport } from '../shared/loadFailure';

export function useInventory() {
  /** Null: no workbench inventory in this browser (or it could not be read: the workbench says why). */
  const [entries, setEntries] = useState<InventoryEntry[] | null>(null);
  const [read, setRead] = useState(false);

  useEffect(() => {
    let current = true;
    // Where the workspace is stored, then (only when there is one) the code that decodes it.
    loadOrReport(() => import('../../lib/workbench/workspaceLocation'))
      .then(async ({ readWorkspaceText }) => {
        let text: string | null = null;
        try {
          text = readWorkspaceText(window.localStorage);
        } catch {
          // Storage blocked: the check keeps its own list.
        }
        if (!text) return;
        const module = await loadOrReport(() => import('../../lib/workbench/inventoryReading'));
        if (current) setEntries(module.inventoryEntriesForCheck(text));
      })
      // A part that could not load is reported by the load-failure notice; the check keeps its own list.
      .catch(() => undefined)
      .then(() => {
        if (current) setRead(true);
      });
    return () => {
      current = false;
    };
  }, []);

  return { entries, read };
}
