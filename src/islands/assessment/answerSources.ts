/**
 * The scoping answers other tools in this browser give (see useAnswerFromTool): where their data is
 * and which code reads it, loaded on demand.
 */
import type { ExposureFromCheck } from '../../lib/aiActCheck/euExposure';
import { readWorkspaceText } from '../../lib/workbench/workspaceLocation';
import { CHECK_STORAGE_KEY } from './checkStorageKey';
import type { InventoryCount } from './inventoryCount';
import type { AnswerSource } from './useAnswerFromTool';

/** The EU question, from the systems classified in the EU AI Act check. */
export const EXPOSURE_FROM_CHECK: AnswerSource<ExposureFromCheck, 'scoping.euExposure'> = {
  readText: (storage) => storage.getItem(CHECK_STORAGE_KEY),
  load: (text) => import('./checkExposure').then((module) => module.readCheckExposure(text)),
  field: 'scoping.euExposure',
  answerOf: (found) => found.exposure,
};

/** The number of AI systems, from the workbench inventory's systems in scope. */
export const COUNT_FROM_INVENTORY: AnswerSource<InventoryCount, 'scoping.aiSystemCount'> = {
  readText: readWorkspaceText,
  load: (text) => import('./inventoryCount').then((module) => module.readInventoryCount(text)),
  field: 'scoping.aiSystemCount',
  answerOf: (found) => found.count,
};
