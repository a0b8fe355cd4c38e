/** Citations that cannot work: an unknown milestone id, an unknown format, a "previous" with nothing moved. */
import { findMilestoneReferences, isTokenFormat, TOKEN_FORMATS } from './citations';
import { closestKey, TIMELINE_FILE, type Milestone } from './milestones';

export interface CitationIssue {
  file: string;
  line: number;
  what: string;
  expected: string;
}

/** Every broken citation in the given files, in file order. */
export function citationIssues(
  files: readonly { file: string; text: string }[],
  milestones: readonly Pick<Milestone, 'id' | 'previousDate'>[],
): CitationIssue[] {
  const byId = new Map(milestones.map((milestone) => [milestone.id, milestone]));
  const ids = [...byId.keys()];
  return files.flatMap(({ file, text }) =>
    findMilestoneReferences(text).flatMap(({ id, line, format }): CitationIssue[] => {
      const milestone = byId.get(id);
      if (!milestone) {
        const suggestion = closestKey(id, ids);
        return [
          {
            file,
            line,
            what: id ? `milestone "${id}" does not exist` : 'a milestone citation has no id',
            expected: suggestion
              ? `an id from ${TIMELINE_FILE}, such as "${suggestion}"`
              : `an id from ${TIMELINE_FILE}`,
          },
        ];
      }
      if (!isTokenFormat(format)) {
        return [
          {
            file,
            line,
            what: `milestone "${id}" is cited with format "${format}"`,
            expected: TOKEN_FORMATS.join(', '),
          },
        ];
      }
      if (format === 'previous' && !milestone.previousDate) {
        return [
          {
            file,
            line,
            what: `milestone "${id}" is cited as "previous" but has no previousDate`,
            expected: `a previousDate on the milestone in ${TIMELINE_FILE}, or the citation without "previous"`,
          },
        ];
      }
      return [];
    }),
  );
}

/** The same issues as `file:line  what  expected …` lines, for a build error. */
export function citationProblems(
  files: readonly { file: string; text: string }[],
  milestones: readonly Pick<Milestone, 'id' | 'previousDate'>[],
): string[] {
  return citationIssues(files, milestones).map(
    (issue) => `${issue.file}:${issue.line}  ${issue.what}  expected ${issue.expected}`,
  );
}
