/**
 * How content cites a milestone. MDX bodies use the component, `<Milestone id="…" />`; plain
 * text (YAML data, frontmatter fields, titles) uses a token, `{milestone:…}`, optionally with a
 * format: `{milestone:ai-act-annex-iii-high-risk|month}`.
 */

/** Token formats: the date with its notes (default), or only the month, year, or the date before a move. */
export const TOKEN_FORMATS = ['date', 'month', 'year', 'previous'] as const;
export type TokenFormat = (typeof TOKEN_FORMATS)[number];

export interface MilestoneReference {
  id: string;
  /** 1-based line in the text the reference was found in (offset by `firstLine`). */
  line: number;
  /** The token's format, or the component's `format`/`show` attribute; "date" when none. */
  format: string;
}

// Attribute values in single or double quotes; the tag may span lines.
const COMPONENT = /<Milestone\b([^>]*)\/?>/g;
const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`);
const TOKEN = /\{milestone:([^}|\s]*)(?:\|([^}\s]*))?\}/g;

function attribute(attributes: string, name: string): string | undefined {
  const match = ATTRIBUTE(name).exec(attributes);
  return match ? (match[1] ?? match[2]) : undefined;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Every component and token citation in `text`, in order, with its line. */
export function findMilestoneReferences(text: string, firstLine = 1): MilestoneReference[] {
  const references: { index: number; reference: MilestoneReference }[] = [];
  for (const match of text.matchAll(COMPONENT)) {
    const attributes = match[1] ?? '';
    references.push({
      index: match.index,
      reference: {
        id: attribute(attributes, 'id') ?? '',
        line: lineAt(text, match.index) + firstLine - 1,
        format: attribute(attributes, 'format') ?? (attribute(attributes, 'show') === 'previous' ? 'previous' : 'date'),
      },
    });
  }
  for (const match of text.matchAll(TOKEN)) {
    references.push({
      index: match.index,
      reference: { id: match[1] ?? '', line: lineAt(text, match.index) + firstLine - 1, format: match[2] ?? 'date' },
    });
  }
  return references.sort((a, b) => a.index - b.index).map((item) => item.reference);
}

/** The distinct milestone ids cited in `text`, in order of first use. */
export function citedMilestoneIds(text: string): string[] {
  return [...new Set(findMilestoneReferences(text).map((reference) => reference.id))];
}

export const isTokenFormat = (format: string): format is TokenFormat =>
  (TOKEN_FORMATS as readonly string[]).includes(format);

/** Replaces every `{milestone:…}` token in `text` with what `render` returns for it. */
export function expandMilestoneTokens(text: string, render: (id: string, format: string) => string): string {
  return text.replace(TOKEN, (_token, id: string, format: string | undefined) => render(id, format ?? 'date'));
}

/** A copy of `value` with tokens expanded in every string, however deeply nested; dates stay dates. */
export function expandTokensDeep<T>(value: T, render: (id: string, format: string) => string): T {
  if (typeof value === 'string') return expandMilestoneTokens(value, render) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => expandTokensDeep(item, render)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, expandTokensDeep(item, render)])) as T;
  }
  return value;
}

/** Every string inside `value`, joined, so citations in structured data can be found. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join('\n');
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.values(value).map(textOf).join('\n');
  }
  return '';
}
