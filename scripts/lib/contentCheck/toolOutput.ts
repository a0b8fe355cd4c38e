/** Reads the output of `astro check` and the build into problems, so they print like every other problem. */
import type { CheckProblem } from './problems';

// astro check prints "src/pages/faq.astro:12:5 - error ts(2322): Type 'string' is not assignable …".
const DIAGNOSTIC = /^(\S[^:]*):(\d+):\d+ - error (ts\(\d+\)|[a-z-]+): (.+)$/;

const withoutColours = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** Type errors (not warnings or hints) from `astro check` output. */
export function typeErrorProblems(output: string): CheckProblem[] {
  return withoutColours(output)
    .split(/\r?\n/)
    .map((line) => DIAGNOSTIC.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, file, line, code, message]) => ({
      file: file!,
      line: Number(line),
      what: `type error ${code}: ${message}`,
      expected: 'code that type-checks (a developer fixes this; content edits do not cause it)',
    }));
}

/** A tool (`astro check`, the build) that failed without a problem to point at: the line that says why. */
export function toolFailure(tool: string, output: string, expected: string): CheckProblem {
  const lines = withoutColours(output)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const reason = lines.find((line) => /error/i.test(line)) ?? lines.at(-1) ?? 'no output';
  return { file: tool, line: 0, what: `${tool} failed: ${reason}`, expected };
}
