/**
 * The encrypted-file form of a hand-off, for workspaces whose link is too long to send: a small JSON
 * envelope with a type marker around the very same sealed fragment, so one reader opens both.
 * Nothing in the file is clear text beyond the marker and the format version.
 */
import { isRecord, type Checked } from '../persistence/checked';
import { HANDOFF_FORMAT_VERSION, openFragment, type OpenOptions, type OpenedHandoff } from './fragment';
import { HANDOFF_MESSAGES } from './messages';

export const HANDOFF_FILE_TYPE = 'iso42001-sealed-handoff';
export const HANDOFF_FILE_MIME = 'application/json';

export interface HandoffFile {
  type: typeof HANDOFF_FILE_TYPE;
  version: number;
  /** The sealed fragment, exactly as a link would carry it. */
  sealed: string;
}

export function toHandoffFile(fragment: string): string {
  const file: HandoffFile = { type: HANDOFF_FILE_TYPE, version: HANDOFF_FORMAT_VERSION, sealed: fragment };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The sealed fragment inside a hand-off file, or why the text is not one. */
export function parseHandoffFile(text: string): Checked<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'This file is not a hand-off file: it is not JSON.' };
  }
  if (!isRecord(parsed) || parsed.type !== HANDOFF_FILE_TYPE) {
    return { ok: false, reason: 'This file is not a hand-off file: it lacks the hand-off type marker.' };
  }
  if (parsed.version !== HANDOFF_FORMAT_VERSION) {
    return { ok: false, reason: HANDOFF_MESSAGES['unsupported-version'] };
  }
  if (typeof parsed.sealed !== 'string' || parsed.sealed === '') {
    return { ok: false, reason: 'This hand-off file is damaged: its sealed content is missing.' };
  }
  return { ok: true, value: parsed.sealed };
}

/** Opens a hand-off file's text with the same checks and messages as a link. */
export async function openHandoffFile<T>(text: string, options: OpenOptions<T>): Promise<OpenedHandoff<T>> {
  const file = parseHandoffFile(text);
  if (!file.ok) return { ok: false, reason: file.reason, failure: 'not-handoff' };
  return openFragment(file.value, options);
}
