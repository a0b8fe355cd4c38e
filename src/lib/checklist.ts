/** The Annex A catalogue as rows for the CSV and JSON downloads. */
export interface ChecklistControl {
  id: string;
  group: string;
  groupTitle: string;
  title: string;
  summary: string;
  evidence: string[];
  crosswalk: { nistAiRmf: string[]; euAiAct: string[]; iso27001: string[] };
}

export const CHECKLIST_HEADER = [
  'id',
  'group',
  'title',
  'summary',
  'evidence',
  'NIST AI RMF',
  'EU AI Act',
  'ISO 27001',
] as const;

/** One spreadsheet row a control; list cells hold one item a line so they stay readable. */
export function checklistRows(controls: readonly ChecklistControl[]): string[][] {
  return [
    [...CHECKLIST_HEADER],
    ...controls.map((control) => [
      control.id,
      `${control.group} ${control.groupTitle}`,
      control.title,
      control.summary,
      control.evidence.join('\n'),
      control.crosswalk.nistAiRmf.join('; '),
      control.crosswalk.euAiAct.join('; '),
      control.crosswalk.iso27001.join('; '),
    ]),
  ];
}
