/**
 * The inventory as CSV, both ways. Writing goes through src/lib/csv.ts (formula-safe). Reading is
 * all or nothing: every row is checked, each bad row is reported with the physical line it starts
 * on, and no system is returned until the whole file is clean.
 *
 * Cells: enumerations are written and read as their ids (e.g. "high-risk", "in-progress"); lists as
 * "; "-separated labels; "In scope" as yes or no (empty means yes); dates as YYYY-MM-DD. An empty
 * ID gets a new one. Columns may come in any order; only "Name" is required.
 */
import { TIERS } from '../aiActCheck/vocabulary';
import { restoreNeutralisedFormula, toCsv } from '../csv';
import { parseCsv, type CsvRecord } from '../csvParse';
import { ROLES } from '../scoping';
import { isCalendarDate } from './dates';
import { newRecordId } from './fields';
import {
  IMPACT_ASSESSMENT_STATUSES,
  LIFECYCLE_STAGES,
  MAX_INVENTORY_SYSTEMS,
  TIER_SOURCES,
  inventorySystemSchema,
  type InventorySystem,
} from './inventorySchema';
import { describeIssue } from './issues';

/** Column headers, in the order an export writes them, with the record field each one fills. */
export const INVENTORY_COLUMNS = [
  ['ID', 'id'],
  ['Name', 'name'],
  ['Purpose', 'purpose'],
  ['Owner', 'owner'],
  ['Our role', 'role'],
  ['Lifecycle stage', 'lifecycleStage'],
  ['Data categories', 'dataCategories'],
  ['Third-party components', 'thirdPartyComponents'],
  ['EU AI Act tier', 'tier'],
  ['Tier source', 'tierSource'],
  ['Tier checked on', 'checkedOn'],
  ['Impact assessment', 'impactStatus'],
  ['Impact assessment date', 'impactDate'],
  ['In scope', 'inScope'],
  ['Scope reason', 'scopeReason'],
  ['EU AI Act check ID', 'checkSystemId'],
] as const;

type ColumnField = (typeof INVENTORY_COLUMNS)[number][1];

const LIST_SEPARATOR = '; ';

/** One row per system after the header: what toCsv writes. */
export function inventoryCsvRows(systems: readonly InventorySystem[]): string[][] {
  const cells = (system: InventorySystem): Record<ColumnField, string> => ({
    id: system.id,
    name: system.name,
    purpose: system.purpose,
    owner: system.owner,
    role: system.role ?? '',
    lifecycleStage: system.lifecycleStage ?? '',
    dataCategories: system.dataCategories.join(LIST_SEPARATOR),
    thirdPartyComponents: system.thirdPartyComponents.join(LIST_SEPARATOR),
    tier: system.euAiAct.tier ?? '',
    tierSource: system.euAiAct.source,
    checkedOn: system.euAiAct.checkedOn,
    impactStatus: system.impactAssessment.status,
    impactDate: system.impactAssessment.date,
    inScope: system.inScope ? 'yes' : 'no',
    scopeReason: system.scopeReason,
    checkSystemId: system.checkSystemId,
  });
  return [
    INVENTORY_COLUMNS.map(([header]) => header),
    ...systems.map((system) => {
      const row = cells(system);
      return INVENTORY_COLUMNS.map(([, field]) => row[field]);
    }),
  ];
}

/** The CSV text of the inventory (CRLF, formula-safe). */
export const inventoryCsvText = (systems: readonly InventorySystem[]) => toCsv(inventoryCsvRows(systems));

export interface CsvProblem {
  /** Physical line of the file (from 1) where the row starts. */
  line: number;
  message: string;
}

export type InventoryCsvImport = { ok: true; systems: InventorySystem[] } | { ok: false; problems: CsvProblem[] };

/** Reports at most this many problems: a file that bad needs fixing at its source anyway. */
export const MAX_REPORTED_PROBLEMS = 50;

class CellProblem extends Error {}

const fail = (message: string): never => {
  throw new CellProblem(message);
};

function oneOf<T extends string>(values: readonly T[], cell: string, column: string): T | null {
  if (cell === '') return null;
  return (values as readonly string[]).includes(cell)
    ? (cell as T)
    : fail(`${column} "${cell.slice(0, 40)}" is not one of ${values.join(', ')}`);
}

function date(cell: string, column: string): string {
  return cell === '' || isCalendarDate(cell)
    ? cell
    : fail(`${column} "${cell.slice(0, 40)}" is not a date written YYYY-MM-DD`);
}

function yesNo(cell: string, column: string): boolean {
  const word = cell.toLowerCase();
  if (word === '' || word === 'yes' || word === 'y' || word === 'true') return true;
  if (word === 'no' || word === 'n' || word === 'false') return false;
  return fail(`${column} "${cell.slice(0, 40)}" must be yes or no`);
}

const list = (cell: string) =>
  cell
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);

/** The record a row describes, before the schema's checks (lengths, id form). */
function systemFromCells(get: (field: ColumnField) => string, header: (field: ColumnField) => string): unknown {
  const tier = oneOf(TIERS, get('tier'), header('tier'));
  return {
    id: get('id'),
    name: get('name'),
    purpose: get('purpose'),
    owner: get('owner'),
    role: oneOf(ROLES, get('role'), header('role')),
    lifecycleStage: oneOf(LIFECYCLE_STAGES, get('lifecycleStage'), header('lifecycleStage')),
    dataCategories: list(get('dataCategories')),
    thirdPartyComponents: list(get('thirdPartyComponents')),
    euAiAct: {
      tier,
      source: oneOf(TIER_SOURCES, get('tierSource'), header('tierSource')) ?? 'manual',
      checkedOn: date(get('checkedOn'), header('checkedOn')),
    },
    impactAssessment: {
      status: oneOf(IMPACT_ASSESSMENT_STATUSES, get('impactStatus'), header('impactStatus')) ?? 'not-started',
      date: date(get('impactDate'), header('impactDate')),
    },
    inScope: yesNo(get('inScope'), header('inScope')),
    scopeReason: get('scopeReason'),
    checkSystemId: get('checkSystemId'),
  };
}

/** Record fields whose column has another name (the nested ones). */
const NESTED_FIELD_COLUMNS: Record<string, ColumnField> = {
  'euAiAct.tier': 'tier',
  'euAiAct.source': 'tierSource',
  'euAiAct.checkedOn': 'checkedOn',
  'impactAssessment.status': 'impactStatus',
  'impactAssessment.date': 'impactDate',
};

/** The column header for a schema issue's path (a list item is reported on its list's column). */
function columnOfPath(path: readonly PropertyKey[]): string {
  const [first, second] = path.map(String);
  const field = NESTED_FIELD_COLUMNS[`${first}.${second}`] ?? first;
  return INVENTORY_COLUMNS.find(([, candidate]) => candidate === field)?.[0] ?? String(first);
}

/** Column index by field, from the header row; a problem when a column is unknown, twice, or Name is missing. */
function readHeader(record: CsvRecord): Map<ColumnField, number> | CsvProblem {
  const byHeader = new Map(INVENTORY_COLUMNS.map(([header, field]) => [header.toLowerCase(), field]));
  const columns = new Map<ColumnField, number>();
  for (const [index, cell] of record.cells.entries()) {
    const name = restoreNeutralisedFormula(cell).trim();
    const field = byHeader.get(name.toLowerCase());
    if (name === '' && index === record.cells.length - 1) continue;
    if (!field)
      return {
        line: record.line,
        message: `Unknown column "${name.slice(0, 40)}"; the columns are ${INVENTORY_COLUMNS.map(([header]) => header).join(', ')}`,
      };
    if (columns.has(field)) return { line: record.line, message: `The column "${name}" appears twice` };
    columns.set(field, index);
  }
  if (!columns.has('name')) return { line: record.line, message: 'The header has no "Name" column' };
  return columns;
}

/**
 * Reads an inventory CSV (ours, or one made in a spreadsheet). `now` stamps the records;
 * `takenIds` are ids new ones must not reuse (pass the current inventory's when adding to it).
 */
export function parseInventoryCsv(
  text: string,
  now = new Date(),
  takenIds: ReadonlySet<string> = new Set(),
  random: () => number = Math.random,
): InventoryCsvImport {
  const parsed = parseCsv(text);
  if (!parsed.ok)
    return { ok: false, problems: [{ line: parsed.line, message: `The file is not valid CSV: ${parsed.reason}` }] };
  const isBlank = (record: CsvRecord) => record.cells.every((cell) => cell.trim() === '');
  const [headerRecord, ...rows] = parsed.records.filter((record) => !isBlank(record));
  if (!headerRecord) return { ok: false, problems: [{ line: 1, message: 'The file is empty' }] };
  const columns = readHeader(headerRecord);
  if (!(columns instanceof Map)) return { ok: false, problems: [columns] };
  if (rows.length > MAX_INVENTORY_SYSTEMS) {
    return {
      ok: false,
      problems: [{ line: 1, message: `The file lists ${rows.length} systems; at most ${MAX_INVENTORY_SYSTEMS} fit` }],
    };
  }
  const headerOf = (field: ColumnField) => INVENTORY_COLUMNS.find(([, candidate]) => candidate === field)?.[0] ?? field;
  const problems: CsvProblem[] = [];
  const systems: InventorySystem[] = [];
  const lineOfId = new Map<string, number>();
  const usedIds = new Set([...takenIds, ...rows.map((row) => row.cells[columns.get('id') ?? -1]?.trim() ?? '')]);
  for (const row of rows) {
    const extra = row.cells.slice(headerRecord.cells.length).some((cell) => cell.trim() !== '');
    if (extra) {
      problems.push({
        line: row.line,
        message: `The row has ${row.cells.length} values; the header has ${headerRecord.cells.length} columns`,
      });
      continue;
    }
    const get = (field: ColumnField) => restoreNeutralisedFormula(row.cells[columns.get(field) ?? -1] ?? '').trim();
    try {
      const candidate = systemFromCells(get, headerOf) as Record<string, unknown>;
      const id = get('id') || newRecordId('system', usedIds, random);
      usedIds.add(id);
      const checked = inventorySystemSchema.safeParse({ ...candidate, id, updatedAt: now.toISOString() });
      if (!checked.success) {
        const [issue] = checked.error.issues;
        fail(issue ? describeIssue({ ...issue, path: [] }, columnOfPath(issue.path)) : 'The row is not valid');
      }
      const previous = lineOfId.get(id);
      if (previous !== undefined) fail(`ID "${id}" is already used on line ${previous}`);
      lineOfId.set(id, row.line);
      if (checked.success) systems.push(checked.data);
    } catch (error) {
      if (!(error instanceof CellProblem)) throw error;
      problems.push({ line: row.line, message: error.message });
    }
    if (problems.length >= MAX_REPORTED_PROBLEMS) break;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, systems };
}
