/**
 * The opening page's code that loads on demand: WebCrypto and decompression, the workspace checks
 * (zod/mini), the summary, and reading what this browser holds. None of it is in the page's
 * JavaScript at load.
 */
import { openFragment } from '../../lib/handoff/fragment';
import { parseHandoffFile } from '../../lib/handoff/handoffFile';
import { describeLocalWorkspace } from '../../lib/handoff/localWorkspace';
import { checkReceivedWorkspace, importTexts } from '../../lib/handoff/workspaceHandoff';
import type { Checked } from '../../lib/persistence/checked';
import { readTextFile } from '../../lib/persistence/files';

export { prefilledEstimatePath, summarizeReceived } from '../../lib/handoff/receivedSummary';
export { describeLocalWorkspace, importTexts };

/** A hand-off file is a few times the size of its workspace: the workspace import's own limit, doubled. */
const MAX_HANDOFF_FILE_BYTES = 8 * 1024 * 1024;

export const openSealed = (fragment: string, passphrase: string | undefined, contentVersion: string) =>
  openFragment(fragment, {
    ...(passphrase === undefined ? {} : { passphrase }),
    validate: checkReceivedWorkspace(contentVersion),
  });

/** The sealed fragment inside a chosen hand-off file. */
export async function fragmentOfFile(file: File): Promise<Checked<string>> {
  const text = await readTextFile(file, MAX_HANDOFF_FILE_BYTES);
  return text.ok ? parseHandoffFile(text.value) : text;
}
