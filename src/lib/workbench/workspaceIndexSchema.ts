/**
 * The list of workspaces kept in one browser (issue 15): a small versioned record under its own key,
 * read before any workspace. Each workspace keeps its own key, so saving one never writes another;
 * the list only names them and keeps what the manager shows without reading each one (last change
 * and a readiness summary). The first workspace, `default`, is today's `iso42001:workspace`.
 */
import * as z from 'zod/mini';
import type { Checked } from '../persistence/checked';
import type { VersionedFormat } from '../persistence/versions';
import { firstDuplicate, recordIdSchema, requiredTextSchema, timestampSchema } from './fields';
import { checkedFromParse } from './issues';
import { WORKSPACE_STORAGE_KEY } from './workspaceFormat';

/** The list's localStorage key; other workspaces are saved under `${WORKSPACE_INDEX_KEY}:<id>`. */
export const WORKSPACE_INDEX_KEY = 'iso42001:workspaces';
export const WORKSPACE_INDEX_VERSION = 1;
/** The first workspace: saved under today's key and filled by the assessment page. */
export const DEFAULT_WORKSPACE_ID = 'default';
/** Workspaces per browser: one per business unit or scope, with room to spare. */
export const MAX_WORKSPACES = 30;
export const MAX_WORKSPACE_NAME_LENGTH = 80;

/** The key a workspace is saved under: the default keeps today's key, so nothing saved moves. */
export function workspaceStorageKey(id: string): string {
  return id === DEFAULT_WORKSPACE_ID ? WORKSPACE_STORAGE_KEY : `${WORKSPACE_INDEX_KEY}:${id}`;
}

const countSchema = z.int().check(z.minimum(0));

export const readinessSummarySchema = z.object({
  /** Overall readiness 0-100 by the published scoring rule, or null when no question applies. */
  percent: z.nullable(z.int().check(z.minimum(0), z.maximum(100))),
  /** Questions answered (a not-applicable answer without justification does not count). */
  answered: countSchema,
  /** Questions in the bank when the summary was made. */
  questions: countSchema,
  /** AI systems in the inventory. */
  systems: countSchema,
});

export const workspaceEntrySchema = z.object({
  /** `default`, or `ws-` and random characters (workspaceIndex.ts). */
  id: recordIdSchema,
  /** The person's name for it, e.g. "Retail banking". */
  name: requiredTextSchema(MAX_WORKSPACE_NAME_LENGTH),
  /** The workspace's last change (its own updatedAt), '' when nothing was saved yet. */
  updatedAt: timestampSchema,
  /** As of its last save; null when it was never saved by this version. */
  readiness: z.nullable(readinessSummarySchema),
});

const indexSchema = z.object({
  /** The workspace this browser opens. */
  selectedId: recordIdSchema,
  workspaces: z.array(workspaceEntrySchema).check(z.minLength(1), z.maxLength(MAX_WORKSPACES)),
});

export type ReadinessSummary = z.infer<typeof readinessSummarySchema>;
export type WorkspaceEntry = z.infer<typeof workspaceEntrySchema>;

export interface WorkspaceIndex {
  version: typeof WORKSPACE_INDEX_VERSION;
  selectedId: string;
  /** The default workspace first, then the others in the order they were made. */
  workspaces: WorkspaceEntry[];
}

/** Validates an index already at WORKSPACE_INDEX_VERSION; an unknown selection falls back to the default. */
export function checkWorkspaceIndex(value: Record<string, unknown>): Checked<WorkspaceIndex> {
  const parsed = checkedFromParse(indexSchema.safeParse(value));
  if (!parsed.ok) return parsed;
  const { workspaces, selectedId } = parsed.value;
  const duplicate = firstDuplicate(workspaces.map((entry) => entry.id));
  if (duplicate !== null) return { ok: false, reason: `workspaces holds "${duplicate}" twice` };
  if (workspaces[0]?.id !== DEFAULT_WORKSPACE_ID) {
    return { ok: false, reason: `workspaces[1] must be the "${DEFAULT_WORKSPACE_ID}" workspace` };
  }
  const known = workspaces.some((entry) => entry.id === selectedId);
  return {
    ok: true,
    value: { version: WORKSPACE_INDEX_VERSION, selectedId: known ? selectedId : DEFAULT_WORKSPACE_ID, workspaces },
  };
}

/** The index's format for the shared persistence layer (no older version yet). */
export const workspaceIndexFormat: VersionedFormat<WorkspaceIndex> = {
  currentVersion: WORKSPACE_INDEX_VERSION,
  migrations: {},
  check: checkWorkspaceIndex,
};
