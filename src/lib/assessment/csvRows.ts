/** Rows for the CSV downloads (written with src/lib/csv.ts, which neutralises formulas). */
import { ANSWER_LABELS, CONTROL_STATUS_LABELS, EFFECTIVE_STATUS_LABELS } from './labels';
import { creditOf, effectiveStatus, type AssessmentScore } from './scoring';
import type { SoaRow } from './statementOfApplicability';
import type { Answer, Area, Question } from './types';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const percentText = (percent: number | null | undefined) =>
  percent === null || percent === undefined ? 'N/A' : `${percent}%`;

/** One row per question: area, its readiness, the answer and what it counts as. */
export function resultsCsvRows(
  areas: readonly Area[],
  questions: readonly Question[],
  answers: Record<string, Answer>,
  score: AssessmentScore,
): string[][] {
  const header = [
    'Area',
    'Area readiness',
    'Question ID',
    'Question',
    'Clauses',
    'Controls',
    'Answer',
    'Counts as',
    'Credit',
    'Documented',
    'Evidenced',
    'N/A justification',
    'Note',
    'Next step',
  ];
  const areaById = new Map(areas.map((area) => [area.id, area]));
  const tallyById = new Map(score.areas.map((tally) => [tally.id, tally]));
  const rows = questions.map((question) => {
    const answer = answers[question.id];
    const status = effectiveStatus(answer);
    const area = areaById.get(question.area);
    const isGap = status !== 'implemented' && status !== 'not-applicable';
    return [
      area ? `${area.id} ${area.title}` : question.area,
      percentText(tallyById.get(question.area)?.percent),
      question.id,
      question.text,
      question.clauses.join(' '),
      question.controls.join(' '),
      answer?.status ? ANSWER_LABELS[answer.status] : '',
      EFFECTIVE_STATUS_LABELS[status],
      status === 'not-applicable' ? '' : String(creditOf(status)),
      yesNo(answer?.documented ?? false),
      yesNo(answer?.evidenced ?? false),
      answer?.status === 'not-applicable' ? answer.justification : '',
      answer?.note ?? '',
      isGap ? question.action : '',
    ];
  });
  const total = ['Overall', percentText(score.overall.percent), '', '', '', '', '', '', '', '', '', '', '', ''];
  return [header, ...rows, total];
}

/** One row per Annex A control: the draft Statement of Applicability. */
export function soaCsvRows(rows: readonly SoaRow[]): string[][] {
  return [
    [
      'Control',
      'Title',
      'Applicable',
      'Justification',
      'Implementation status',
      'Documented',
      'Evidenced',
      'Questions',
    ],
    ...rows.map((row) => [
      row.controlId,
      row.title,
      yesNo(row.applicable),
      row.justification,
      CONTROL_STATUS_LABELS[row.status],
      row.applicable ? yesNo(row.documented) : '',
      row.applicable ? yesNo(row.evidenced) : '',
      row.questionIds.join(' '),
    ]),
  ];
}
