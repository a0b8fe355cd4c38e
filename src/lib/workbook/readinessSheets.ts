/**
 * The readiness workbook's six sheets (issue 15, item 4) from a readiness report: summary,
 * readiness by area, gap list, Statement of Applicability, evidence register and AI system
 * inventory. Plain data for buildWorkbook (loaded on demand); the column words are here, as the
 * inventory's CSV columns are in inventoryCsv.ts. Text is passed exactly as the person typed it:
 * cells.ts writes it as text cells, never as formulas.
 */
import type { Tally } from '../assessment/scoring';
import type { AssessmentContent } from '../assessment/results';
import { CONTROL_STATUS_LABELS } from '../assessment/labels';
import { evidenceItemState } from '../workbench/evidence';
import { INVENTORY_COLUMNS, inventoryCsvRows } from '../workbench/inventoryCsv';
import { EVIDENCE_STATE_LABELS, IMPLEMENTATION_STATUS_LABELS } from '../workbench/labels';
import { gapLines, type ReadinessReport } from '../workbench/readinessReport';
import type { Workspace } from '../workbench/workspaceSchema';
import type { WorkbookSheet } from './buildWorkbook';
import { calendarDay, type WorkbookValue } from './cells';

/** What the cover of the report and the workbook's summary name. */
export interface ReportCover {
  organization: string;
  /** The report's version, e.g. the approved SoA version's label, or "Draft". */
  version: string;
  /** YYYY-MM-DD. */
  date: string;
}

export const SHEET_NAMES = {
  summary: 'Summary',
  areas: 'Readiness by area',
  gaps: 'Gap list',
  soa: 'Statement of Applicability',
  evidence: 'Evidence register',
  inventory: 'AI system inventory',
} as const;

export const AREA_HEADERS = [
  'Area',
  'Readiness (%)',
  'Implemented',
  'Partly in place',
  'Not started',
  'Unanswered',
  'Not applicable',
  'Documented and evidenced',
] as const;
export const GAP_HEADERS = ['Priority', 'Kind', 'About', 'What to do'] as const;
export const SOA_HEADERS = [
  'Control',
  'Title',
  'Applicable',
  'Justification',
  'Status',
  'Owner',
  'AI systems',
  'Evidence',
  'Risks',
  'Notes',
  'Source',
] as const;
export const EVIDENCE_HEADERS = [
  'Title',
  'Location',
  'Owner',
  'Controls',
  'Clauses',
  'Last reviewed',
  'Review by',
  'State',
  'Notes',
] as const;

const LIST = '; ';
const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
/** A calendar day as a date cell; anything else (empty) stays as it is. */
const day = (text: string): WorkbookValue => calendarDay(text) ?? text;

function tallyRow(label: string, tally: Tally): WorkbookValue[] {
  return [
    label,
    tally.percent,
    tally.implemented,
    tally.partial,
    tally.notStarted,
    tally.unanswered,
    tally.notApplicable,
    tally.auditReady,
  ];
}

function summaryRows(report: ReadinessReport, workspace: Workspace, cover: ReportCover, contentVersion: string) {
  const { results, rows, gaps, evidence } = report;
  const systems = workspace.inventory.systems;
  const excluded = rows.filter((row) => !row.applicable).length;
  const { timeline } = results;
  const summary: [string, WorkbookValue][] = [
    ['Organization', cover.organization],
    ['Report version', cover.version],
    ['Date', day(cover.date)],
    ['Question bank version', contentVersion],
    ['Overall readiness (%)', results.score.overall.percent],
    ['Readiness band', results.band?.label ?? ''],
    ['Priority-1 practices open', results.essentialGaps],
    ['Questions unanswered', results.unanswered.length],
    ['Gap items', gaps.length],
    ['Applicable controls', rows.length - excluded],
    ['Excluded controls', excluded],
    ['Controls documented and evidenced', evidence.documentedAndEvidenced],
    ['AI systems in the inventory', systems.length],
    ['AI systems in scope', systems.filter((system) => system.inScope).length],
    ['Evidence items', workspace.evidence.items.length],
    ['Expected weeks to certification', timeline.totalExpectedWeeks],
    ['Range of weeks', `${timeline.totalLowWeeks}-${timeline.totalHighWeeks}`],
  ];
  return summary;
}

/** The six sheets of the workbook, in order. `areaLabels` names each area (by id) as the assessment does. */
export function readinessSheets(
  report: ReadinessReport,
  workspace: Workspace,
  content: Pick<AssessmentContent, 'areas' | 'contentVersion'>,
  areaLabels: Record<string, string>,
  cover: ReportCover,
): WorkbookSheet[] {
  const { score } = report.results;
  const systemNames = new Map(workspace.inventory.systems.map((system) => [system.id, system.name]));
  const itemTitles = new Map(workspace.evidence.items.map((item) => [item.id, item.title]));
  const names = (ids: readonly string[], by: Map<string, string>) => ids.map((id) => by.get(id) ?? id).join(LIST);
  const [inventoryHeader = [], ...inventoryRows] = inventoryCsvRows(workspace.inventory.systems);
  const dateColumns = new Set<number>(
    INVENTORY_COLUMNS.flatMap(([, field], index) => (field === 'checkedOn' || field === 'impactDate' ? [index] : [])),
  );
  return [
    {
      name: SHEET_NAMES.summary,
      headers: ['Item', 'Value'],
      rows: summaryRows(report, workspace, cover, content.contentVersion),
    },
    {
      name: SHEET_NAMES.areas,
      headers: AREA_HEADERS,
      rows: [
        ...content.areas.map((area, index) => tallyRow(areaLabels[area.id] ?? area.id, score.areas[index]!)),
        tallyRow('Clauses 4-10', score.clauses),
        tallyRow('Annex A', score.annexA),
        tallyRow('Overall', score.overall),
      ],
    },
    {
      name: SHEET_NAMES.gaps,
      headers: GAP_HEADERS,
      rows: gapLines(report, workspace).map((line) => [line.priority, line.kind, line.subject, line.action]),
    },
    {
      name: SHEET_NAMES.soa,
      headers: SOA_HEADERS,
      rows: report.rows.map((row) => [
        row.controlId,
        row.title,
        yesNo(row.applicable),
        row.justification,
        row.applicable ? IMPLEMENTATION_STATUS_LABELS[row.status] : CONTROL_STATUS_LABELS.excluded,
        row.owner,
        names(row.systemIds, systemNames),
        names(row.evidenceIds, itemTitles),
        row.risks,
        row.notes,
        row.source === 'edited' ? 'Edited' : 'Draft from the answers',
      ]),
    },
    {
      name: SHEET_NAMES.evidence,
      headers: EVIDENCE_HEADERS,
      rows: workspace.evidence.items.map((item) => [
        item.title,
        item.location,
        item.owner,
        item.controlIds.join(LIST),
        item.clauseIds.join(LIST),
        day(item.lastReviewed),
        day(item.reviewBy),
        EVIDENCE_STATE_LABELS[evidenceItemState(item, report.today)],
        item.notes,
      ]),
    },
    {
      name: SHEET_NAMES.inventory,
      headers: inventoryHeader,
      rows: inventoryRows.map((row) => row.map((cell, index) => (dateColumns.has(index) ? day(cell) : cell))),
    },
  ];
}
