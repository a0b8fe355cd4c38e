/**
 * The readiness workbench's inventory, when this browser has one: read once after hydration,
 * read-only (the workbench owns its data; see src/lib/aiActCheck/inventoryList.ts). The decoding
 * code (the workspace's format) loads only when a workspace is stored.
 */
import { useEffect, useState } from 'react';
import type { InventoryEntry } from '../../lib/aiActCheck/inventoryList';
import { readWorkspaceText } from '../../lib/workbench/workspaceLocation';
import { loadOrReport } from '../shared/loadFailure';

export function useInventory() {
  /** Null: no workbench inventory in this browser (or it could not be read: the workbench says why). */
  const [entries, setEntries] = useState<InventoryEntry[] | null>(null);
  const [read, setRead] = useState(false);

  useEffect(() => {
    let raw: string | null = null;
    try {
      raw = readWorkspaceText(window.localStorage);
    } catch {
      // Storage blocked: the check keeps its own list.
    }
    if (!raw) {
      setRead(true);
      return undefined;
    }
    const text = raw;
    let current = true;
    loadOrReport(() => import('../../lib/workbench/inventoryReading'))
      .then(
        (module) => {
          if (current) setEntries(module.inventoryEntriesForCheck(text));
        },
        // Reported by the load-failure notice; the check keeps its own list.
        () => undefined,
      )
      .then(() => {
        if (current) setRead(true);
      });
    return () => {
      current = false;
    };
  }, []);

  return { entries, read };
}
