/**
 * Checks that need several files at once: the catalogue cross-checks of src/lib/catalogue.ts
 * (controls and clauses against content/data/standard.yaml) and every other place content
 * names a control or clause, each problem reported at the line of the offending value.
 */
import {
  checkClauses,
  checkControls,
  type ClausePage,
  type ContentProblem,
  type ControlPage,
  type StandardCatalogue,
} from '../../../src/lib/catalogue';
import type { CheckProblem } from './problems';
import { splitExpectation } from './problems';
import type { FieldPath, ParsedYaml } from './yamlSource';

/** A content file that passed its schema. */
export interface ValidEntry {
  file: string;
  /** The schema's output. */
  data: unknown;
  yaml: ParsedYaml | undefined;
}

/** ['sections', 0, 'nistAiRmf'] from "sections[0].nistAiRmf". */
export function parseFieldPath(field: string): FieldPath {
  return field
    .split(/\.|(?=\[)/)
    .filter(Boolean)
    .map((segment) => (/^\[\d+\]$/.test(segment) ? Number(segment.slice(1, -1)) : segment));
}

function at(data: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>(
    (value, segment) => (value as Record<string | number, unknown> | undefined)?.[segment],
    data,
  );
}

/** Line of `field`, or of the list item equal to the quoted value in `message` when the field is a list. */
function lineFor(entry: ValidEntry | undefined, field: string, message: string): number {
  if (!entry?.yaml) return 0;
  const path = parseFieldPath(field);
  const quoted = /^"([^"]+)"/.exec(message)?.[1];
  const list = at(entry.yaml.data, path);
  const index = Array.isArray(list) && quoted !== undefined ? list.indexOf(quoted) : -1;
  return entry.yaml.lineOf(index >= 0 ? [...path, index] : path);
}

const DEFAULT_EXPECTATIONS: [RegExp, string][] = [
  [/is not an Annex A control/, 'a control ID listed in content/data/standard.yaml, such as "A.6.2.8"'],
  [/is not a NIST AI RMF/, 'a subcategory that exists in NIST AI RMF 1.0, such as "MEASURE 2.7"'],
  [
    /is not a clause or sub-clause|is not a sub-clause of/,
    'a clause number listed in content/data/standard.yaml, such as "6.1.2"',
  ],
  [/is not in the indicative mapping/, 'an article listed under euAiActArticles in content/data/standard.yaml'],
  [/has no heading starting with/, 'a "## <number> <title>" or "### <number> <title>" heading in the body'],
  [/differs from/, 'the published title, exactly as in content/data/standard.yaml'],
  [/ is missing$/, 'a section for every sub-clause listed in content/data/standard.yaml'],
  [/^control .* has no page/, 'one file per control in content/controls/, named after its ID'],
  [/^clause .* has no page/, 'one file per clause, content/clauses/4.mdx to content/clauses/10.mdx'],
];

/** A catalogue problem as a printed problem, located in its file. */
export function locateCatalogueProblem(
  problem: ContentProblem,
  entries: ReadonlyMap<string, ValidEntry>,
): CheckProblem {
  const { what, expected } = splitExpectation(problem.message);
  const fallback =
    DEFAULT_EXPECTATIONS.find(([pattern]) => pattern.test(what))?.[1] ?? 'what content/data/standard.yaml says';
  return {
    file: problem.file,
    line: lineFor(entries.get(problem.file), problem.field, problem.message),
    what: `${problem.field}: ${what}`,
    expected: expected || fallback,
  };
}

export interface CatalogueInput {
  standard: StandardCatalogue;
  controls: ValidEntry[];
  /** Clause pages with the `##`/`###` headings of their bodies. */
  clauses: (ValidEntry & { headings: string[] })[];
}

/** The build's catalogue cross-checks, with lines. */
export function catalogueProblems({ standard, controls, clauses }: CatalogueInput): CheckProblem[] {
  const entries = new Map([...controls, ...clauses].map((entry) => [entry.file, entry]));
  const problems = [
    ...checkControls(
      standard,
      controls.map((entry) => ({ ...(entry.data as Omit<ControlPage, 'file'>), file: entry.file })),
    ),
    ...checkClauses(
      standard,
      clauses.map((entry) => ({
        ...(entry.data as Omit<ClausePage, 'file' | 'headings'>),
        file: entry.file,
        headings: entry.headings,
      })),
    ),
  ];
  return problems.map((problem) => locateCatalogueProblem(problem, entries));
}

/** Where, outside control and clause pages, content names controls or clauses ("*" is every list item). */
export const REFERENCE_FIELDS: { folder: string; path: (string | '*')[]; kind: 'control' | 'clause' | 'either' }[] = [
  { folder: 'content/industries/', path: ['priorityControls', '*', 'id'], kind: 'control' },
  { folder: 'content/platforms/', path: ['priorityControls', '*', 'id'], kind: 'control' },
  { folder: 'content/services/', path: ['relatedControls', '*'], kind: 'control' },
  { folder: 'content/data/mistakes.yaml', path: ['items', '*', 'seeAlso', '*'], kind: 'either' },
  { folder: 'content/data/assessment.yaml', path: ['questions', '*', 'controls', '*'], kind: 'control' },
  { folder: 'content/data/assessment.yaml', path: ['questions', '*', 'clauses', '*'], kind: 'clause' },
];

/** Every value at `pattern` in `data`, with its concrete path. */
function valuesAt(
  data: unknown,
  pattern: readonly (string | '*')[],
  prefix: (string | number)[] = [],
): { path: (string | number)[]; value: unknown }[] {
  if (pattern.length === 0) return [{ path: prefix, value: data }];
  const [head, ...rest] = pattern;
  if (head === '*') {
    return Array.isArray(data) ? data.flatMap((item, index) => valuesAt(item, rest, [...prefix, index])) : [];
  }
  const next = (data as Record<string, unknown> | undefined)?.[head!];
  return next === undefined ? [] : valuesAt(next, rest, [...prefix, head!]);
}

/** Control and clause IDs that content names but content/data/standard.yaml does not know. */
export function unknownReferenceProblems(
  entries: readonly ValidEntry[],
  known: { controls: ReadonlySet<string>; clauses: ReadonlySet<string> },
): CheckProblem[] {
  const problems: CheckProblem[] = [];
  for (const entry of entries) {
    for (const rule of REFERENCE_FIELDS.filter((candidate) => entry.file.startsWith(candidate.folder))) {
      for (const { path, value } of valuesAt(entry.data, rule.path)) {
        const id = String(value);
        const isControl = known.controls.has(id);
        const isClause = known.clauses.has(id);
        const ok = rule.kind === 'control' ? isControl : rule.kind === 'clause' ? isClause : isControl || isClause;
        if (ok) continue;
        const field = path
          .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`))
          .join('')
          .slice(1);
        const noun =
          rule.kind === 'control' ? 'an Annex A control' : rule.kind === 'clause' ? 'a clause' : 'a control or clause';
        problems.push({
          file: entry.file,
          line: entry.yaml?.lineOf(path) ?? 0,
          what: `${field}: "${id}" is not ${noun}`,
          expected:
            rule.kind === 'clause'
              ? 'a clause number listed in content/data/standard.yaml, such as "6.1.2"'
              : 'an ID listed in content/data/standard.yaml, such as "A.6.2.8"' +
                (rule.kind === 'either' ? ' or "6.1.2"' : ''),
        });
      }
    }
  }
  return problems;
}
