/**
 * The scoping answers other tools in this browser give (see useAnswerFromTool): where their data is
 * and which code reads it, loaded on demand.
 */
import type { ExposureFromCheck } from '../../lib/aiActCheck/euExposure';
import { CHECK_STORAGE_KEY } from './checkStorageKey';
import type { InventoryCount } from './inventoryCount';
import type { AnswerSource } from './useAnswerFromTool';

/** The EU question, from the systems classified in the EU AI Act check. */
export const EXPOSURE_FROM_CHECK: AnswerSource<ExposureFromCheck, 'scoping.euExposure'> = {
  load: async (storage) => {
    const text = storage.getItem(CHECK_STORAGE_KEY);
    return text ? (await import('./checkExposure')).readCheckExposure(text) : null;
  },
  field: 'scoping.euExposure',
  answerOf: (found) => found.exposure,
};

/** The number of AI systems, from the workbench inventory's systems in scope. */
export const COUNT_FROM_INVENTORY: AnswerSource<InventoryCount, 'scoping.aiSystemCount'> = {
  // Where the workspace is stored loads on demand too: it is shared with the check's page.
  load: async (storage) => {
    const text = (await import('../../lib/workbench/workspaceLocation')).readWorkspaceText(storage);
    return text ? (await import('./inventoryCount')).readInventoryCount(text) : null;
  },
  field: 'scoping.aiSystemCount',
  answerOf: (found) => found.count,
};
