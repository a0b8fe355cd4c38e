/**
 * Validates one content file against its schema, the same Zod schema the build uses, and
 * reports each problem at the line of the field it is about.
 */
import type { CheckProblem } from './problems';
import { parseYaml, splitFrontmatter, type ParsedYaml } from './yamlSource';
import { describeIssues, fieldName, type SchemaIssue } from './zodIssues';

/** What this module needs of a Zod schema. */
export interface ContentSchema {
  safeParse(
    data: unknown,
  ): { success: true; data: unknown } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

export interface ValidatedSource {
  problems: CheckProblem[];
  /** The schema's output (defaults filled in) when valid, otherwise undefined. */
  data: unknown;
  /** The parsed YAML, for mapping later cross-check problems to lines. */
  yaml: ParsedYaml | undefined;
  /** Markdown body (empty for YAML files) and the line it starts on. */
  body: string;
  bodyLine: number;
}

const isMarkdown = (file: string) => /\.mdx?$/.test(file);

/** Validates `text`, the content of `file` (a path relative to the project, used in messages). */
export function validateSource(file: string, text: string, schema: ContentSchema): ValidatedSource {
  const source = isMarkdown(file)
    ? splitFrontmatter(text)
    : { frontmatter: text, frontmatterLine: 1, body: '', bodyLine: 1, hasFrontmatter: true };
  const problem = (line: number, what: string, expected: string): CheckProblem => ({ file, line, what, expected });
  const failed = (problems: CheckProblem[]): ValidatedSource => ({
    problems,
    data: undefined,
    yaml: undefined,
    body: source.body,
    bodyLine: source.bodyLine,
  });

  if (!source.hasFrontmatter) {
    return failed([problem(1, 'the file has no frontmatter', 'the fields at the top, between two lines of "---"')]);
  }
  const yaml = parseYaml(source.frontmatter, source.frontmatterLine);
  if (yaml.errors.length > 0) {
    // After the first syntax error the parser's further errors are mostly echoes of it.
    const first = yaml.errors[0]!;
    return failed([
      problem(
        first.line,
        `the YAML cannot be read: ${first.message}`,
        'valid YAML (check quotes, colons and indentation)',
      ),
    ]);
  }
  const dateProblems = yaml.impossibleDates.map((date) =>
    problem(
      date.line,
      `${fieldName(date.path)} is ${date.written}, a day that does not exist (the site would read it as ${date.readAs})`,
      'a real calendar date written as YYYY-MM-DD',
    ),
  );
  // An empty frontmatter or file parses as null: validate it as "no fields" so each missing one is named.
  const raw = yaml.data ?? {};
  const result = schema.safeParse(raw);
  if (result.success)
    return { problems: dateProblems, data: result.data, yaml, body: source.body, bodyLine: source.bodyLine };
  const problems = describeIssues(result.error.issues, raw).map((issue) =>
    problem(yaml.lineOf(issue.path), issue.what, issue.expected),
  );
  return { ...failed([...dateProblems, ...problems].sort((a, b) => a.line - b.line)), yaml };
}
