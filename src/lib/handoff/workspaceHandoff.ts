/**
 * The workbench's sealed hand-off to the consultancy: what is sealed (the workspace, in the shape
 * of a workspace export file, so one checker reads both), the link and its e-mail, the check run on
 * what is opened, and the texts an import writes. The sealing itself is in fragment.ts.
 */
import type { Checked } from '../persistence/checked';
import { assessmentTextOf } from '../workbench/workspace';
import { serializeWorkspace } from '../workbench/workspaceFormat';
import type { Workspace } from '../workbench/workspaceSchema';
import { WORKSPACE_EXPORT_FORMAT, parseWorkspaceImportFile } from '../workbench/workspaceTransfer';

/** The page that opens a hand-off link or file (src/pages/assessment/workbench/open.astro). */
export const HANDOFF_OPEN_PATH = '/assessment/workbench/open/';

/** The value sealed into a link: the workspace as its export file holds it. */
export function handoffPayload(workspace: Workspace, now = new Date()): Record<string, unknown> {
  return { format: WORKSPACE_EXPORT_FORMAT, exportedAt: now.toISOString(), ...workspace };
}

/** The link to send: the opening page, with the sealed fragment after `#` (never sent to a server). */
export function handoffLink(origin: string, fragment: string): string {
  return `${origin}${HANDOFF_OPEN_PATH}#${fragment}`;
}

/** A mailto: address with no recipient, so the visitor picks the consultancy's address in their mail program. */
export function handoffMailto(link: string, subject: string, intro: string): string {
  const body = `${intro}\n\n${link}\n`;
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** What an opened hand-off holds, with when it was sealed. */
export interface ReceivedWorkspace {
  workspace: Workspace;
  /** ISO time the sender sealed it ('' unknown). */
  sealedAt: string;
  /** The answers were given to another edition of the question bank than this page's. */
  contentChanged: boolean;
}

/**
 * The check an opened hand-off goes through (`validate` of openFragment): the same rules as a
 * workspace file, so anything the workbench would refuse as a file is refused as a link.
 */
export function checkReceivedWorkspace(contentVersion: string): (value: unknown) => Checked<ReceivedWorkspace> {
  return (value) => {
    let text: string;
    try {
      text = JSON.stringify(value);
    } catch (cause) {
      return { ok: false, reason: String(cause) };
    }
    const parsed = parseWorkspaceImportFile(text, 0, contentVersion);
    if (!parsed.ok) return { ok: false, reason: parsed.error };
    return {
      ok: true,
      value: { workspace: parsed.workspace, sealedAt: parsed.exportedAt, contentChanged: parsed.contentChanged },
    };
  };
}

/** The two texts an import writes: the workspace, and the assessment's own key with the same answers. */
export interface ImportTexts {
  workspace: string;
  assessment: string;
}

/**
 * Texts for "Import into this browser". Both carry the same save time, so the workbench does not
 * take the assessment key's answers as newer than the workspace's (they are the same answers).
 */
export function importTexts(received: Workspace, now = new Date()): ImportTexts {
  const at = now.toISOString();
  const workspace: Workspace = { ...received, assessment: { ...received.assessment, savedAt: at } };
  return { workspace: serializeWorkspace(workspace), assessment: assessmentTextOf(workspace, now) };
}

/** What a workspace holds, in the counts a person checks before replacing it. */
export interface WorkspaceContents {
  systems: number;
  answers: number;
  soaEntries: number;
  evidenceItems: number;
  snapshots: number;
}

export function workspaceContents(workspace: Workspace): WorkspaceContents {
  return {
    systems: workspace.inventory.systems.length,
    answers: Object.values(workspace.assessment.answers).filter((answer) => answer.status !== null).length,
    soaEntries: workspace.soa.entries.length,
    evidenceItems: workspace.evidence.items.length,
    snapshots: workspace.snapshots.length,
  };
}

/** True when there is nothing in the workspace a person would miss. */
export function isEmptyContents(contents: WorkspaceContents): boolean {
  return Object.values(contents).every((count) => count === 0);
}
