/** One problem `npm run check` reports, and how it is printed. */
export interface CheckProblem {
  /** File relative to the project root, e.g. content/updates/2026-11-20-news.mdx. */
  file: string;
  /** 1-based line in that file; 0 when the problem is about the whole file. */
  line: number;
  /** What is wrong, naming the field or text, e.g. `publishDate is "next tuesday"`. */
  what: string;
  /** What would be right, without the word "expected", e.g. `a date written as YYYY-MM-DD`. Empty when obvious. */
  expected: string;
}

/** `file:line  what is wrong  expected …`: one line an editor can click in most editors. */
export function formatProblem(problem: CheckProblem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
  return problem.expected ? `${where}  ${problem.what}  expected ${problem.expected}` : `${where}  ${problem.what}`;
}

/** Problems sorted by file then line, so a file's problems read top to bottom. */
export function sortProblems(problems: readonly CheckProblem[]): CheckProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** The closing line: how many problems in how many files. */
export function formatSummary(problems: readonly CheckProblem[]): string {
  if (problems.length === 0) return 'No problems found.';
  const files = new Set(problems.map((problem) => problem.file)).size;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(problems.length, 'problem')} in ${plural(files, 'file')}.`;
}

/** Splits a message of the form "what is wrong; expected what is right" into its two halves. */
export function splitExpectation(message: string): { what: string; expected: string } {
  const match = /^(.*?);? expected (.*)$/s.exec(message);
  if (match) return { what: match[1]!.trim(), expected: match[2]!.trim() };
  if (/^expected /.test(message)) return { what: '', expected: message.slice('expected '.length) };
  return { what: message, expected: '' };
}
