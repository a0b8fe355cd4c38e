/**
 * Parses YAML (a data file or an MDX file's frontmatter) keeping line numbers, so a problem
 * in a field can point at the line of that field.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type Scalar } from 'yaml';

export type FieldPath = readonly (string | number)[];

export interface ParsedYaml {
  /** The data as the site sees it; undefined when the YAML does not parse. */
  data: unknown;
  /** Syntax errors with their 1-based line in the file. */
  errors: { line: number; message: string }[];
  /**
   * Plain dates that do not exist, such as 2026-02-30. YAML (and so the build) silently rolls
   * them over to another day (2026-03-02); the check reports them instead.
   */
  impossibleDates: { path: FieldPath; line: number; written: string; readAs: string }[];
  /**
   * 1-based line in the file of the field at `path`, or of its closest existing parent when the
   * field is missing (a missing field is reported where it belongs).
   */
  lineOf(path: FieldPath): number;
}

export interface SplitSource {
  /** Frontmatter text without the `---` fences; empty when the file has none. */
  frontmatter: string;
  /** 1-based line of the first frontmatter line (2 when the file starts with `---`). */
  frontmatterLine: number;
  /** Everything after the closing fence. */
  body: string;
  /** 1-based line of the first body line. */
  bodyLine: number;
  /** False when the file does not start with a `---` fence or never closes it. */
  hasFrontmatter: boolean;
}

/** Splits an MD/MDX file into frontmatter and body, remembering where each starts. */
export function splitFrontmatter(text: string): SplitSource {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---')
    return { frontmatter: '', frontmatterLine: 1, body: text, bodyLine: 1, hasFrontmatter: false };
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close < 0) return { frontmatter: '', frontmatterLine: 1, body: text, bodyLine: 1, hasFrontmatter: false };
  return {
    frontmatter: lines.slice(1, close).join('\n'),
    frontmatterLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
    hasFrontmatter: true,
  };
}

/** The node holding `path` (the key node for a map entry, so the line is the key's), or its closest parent. */
function findNode(root: unknown, path: FieldPath): Node | undefined {
  let current: unknown = root;
  let found: Node | undefined = isMap(root) || isSeq(root) ? (root as Node) : undefined;
  for (const segment of path) {
    if (isMap(current)) {
      const pair = current.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) break;
      found = (pair.key as Node | null) ?? found;
      current = pair.value;
    } else if (isSeq(current) && typeof segment === 'number' && current.items[segment] !== undefined) {
      current = current.items[segment];
      found = (current as Node) ?? found;
    } else {
      break;
    }
  }
  return found;
}

/** Every scalar value under `node`, with its field path. */
function plainScalars(node: unknown, path: (string | number)[] = []): { node: Scalar; path: FieldPath }[] {
  if (isScalar(node)) return [{ node, path }];
  if (isMap(node)) {
    return node.items.flatMap((pair) =>
      isScalar(pair.key) ? plainScalars(pair.value, [...path, String(pair.key.value)]) : [],
    );
  }
  if (isSeq(node)) return node.items.flatMap((item, index) => plainScalars(item, [...path, index]));
  return [];
}

/**
 * Parses YAML text that starts at `firstLine` of its file. Plain YAML dates become Date objects,
 * like the js-yaml parser Astro uses, so values match what the build validates.
 */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, customTags: ['timestamp'], prettyErrors: false });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = document.errors.map((error) => ({
    line: toFileLine(error.pos[0]),
    message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
  }));
  const data = errors.length > 0 ? undefined : document.toJS();
  const impossibleDates = plainScalars(document.contents)
    .filter(({ node }) => node.value instanceof Date && typeof node.source === 'string')
    .map(({ node, path }) => ({ path, node, readAs: (node.value as Date).toISOString().slice(0, 10) }))
    .filter(({ node, readAs }) => !String(node.source).startsWith(readAs))
    .map(({ node, path, readAs }) => ({
      path,
      line: toFileLine(node.range?.[0] ?? 0),
      written: String(node.source),
      readAs,
    }));
  return {
    data,
    errors,
    impossibleDates,
    lineOf(path) {
      const node = findNode(document.contents, path);
      // A missing top-level field in an empty document: point at the first line.
      return node?.range ? toFileLine(node.range[0]) : firstLine;
    },
  };
}

/** Every value stored under `key` at any depth of `data`, with its path (e.g. every `href` of a data file). */
export function valuesOfKey(
  data: unknown,
  key: string,
  path: (string | number)[] = [],
): { path: FieldPath; value: unknown }[] {
  if (Array.isArray(data)) return data.flatMap((item, index) => valuesOfKey(item, key, [...path, index]));
  if (data === null || typeof data !== 'object' || data instanceof Date) return [];
  return Object.entries(data).flatMap(([name, value]) =>
    name === key ? [{ path: [...path, name], value }] : valuesOfKey(value, key, [...path, name]),
  );
}
