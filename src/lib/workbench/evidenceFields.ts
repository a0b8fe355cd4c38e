/**
 * What the evidence form reads from the text a person types: lists of control and clause ids, and
 * whether a location may be shown as a link. Locations are kept and shown as text; only an
 * http(s) address becomes a link (a `javascript:` or `file:` location never does).
 */
import { CLAUSE_ID_PATTERN, CONTROL_ID_PATTERN } from '../standardIds';

export interface ParsedIds {
  /** The ids, trimmed, upper-cased where that is their form, without repeats, in the order typed. */
  ids: string[];
  /** What was typed that is not a known id, as typed. */
  unknown: string[];
}

const splitList = (text: string) =>
  text
    .split(/[;,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);

function parseIds(text: string, normalize: (part: string) => string, isKnown: (id: string) => boolean): ParsedIds {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const part of splitList(text)) {
    const id = normalize(part);
    if (!isKnown(id)) unknown.push(part);
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, unknown };
}

/** "a.6.2.8; A.7.5" -> A.6.2.8 and A.7.5, each of which must be one of `known` (the Annex A ids). */
export function parseControlIds(text: string, known: ReadonlySet<string>): ParsedIds {
  return parseIds(
    text,
    (part) => part.replace(/\s+/g, '').replace(/^a\./, 'A.'),
    (id) => CONTROL_ID_PATTERN.test(id) && known.has(id),
  );
}

/** "6.1.2; 9.2" -> 6.1.2 and 9.2: clause numbers from 4 to 10 ("Clause 9.2" is read as 9.2). */
export function parseClauseIds(text: string): ParsedIds {
  return parseIds(
    text,
    (part) => part.replace(/^clause\s*/i, ''),
    (id) => CLAUSE_ID_PATTERN.test(id),
  );
}

/** The location as an address to link to, when the whole of it is an http(s) URL; null otherwise. */
export function linkableLocation(location: string): string | null {
  const text = location.trim();
  if (!/^https?:\/\//i.test(text) || /\s/.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
