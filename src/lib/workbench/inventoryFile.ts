/**
 * The inventory as a file of its own, JSON or CSV, through the persistence layer's file helpers
 * (readTextFile's size limit, datedFileName; the page offers the text with downloadText). The
 * JSON file is versioned like every stored format; its records pass the same schema as the
 * workspace's. Either way an import is all or nothing.
 */
import type { Checked } from '../persistence/checked';
import { datedFileName, readTextFile } from '../persistence/files';
import { decodeVersioned, type VersionedFormat } from '../persistence/versions';
import * as z from 'zod/mini';
import { firstDuplicate } from './fields';
import { parseInventoryCsv, type CsvProblem } from './inventoryCsv';
import { MAX_INVENTORY_SYSTEMS, inventorySystemSchema, type InventorySystem } from './inventorySchema';
import { checkedFromParse } from './issues';

/** Marks a JSON file as an inventory export. */
export const INVENTORY_EXPORT_FORMAT = 'iso42001-ai-system-inventory';
export const INVENTORY_FILE_VERSION = 1;
/** 200 realistic systems take about 150 KB as JSON; the limit leaves room for long texts. */
export const MAX_INVENTORY_IMPORT_BYTES = 2 * 1024 * 1024;

/** A dated file name, e.g. iso42001-ai-system-inventory-2026-12-02.csv. */
export const inventoryFileName = (extension: 'csv' | 'json', now = new Date()) =>
  datedFileName('ai-system-inventory', extension, now);

/** JSON text of an inventory export. */
export function buildInventoryJson(systems: readonly InventorySystem[], now = new Date()): string {
  const file = {
    format: INVENTORY_EXPORT_FORMAT,
    version: INVENTORY_FILE_VERSION,
    exportedAt: now.toISOString(),
    systems,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const inventoryFileSchema = z.object({
  format: z.literal(INVENTORY_EXPORT_FORMAT, { error: 'is not an AI system inventory export' }),
  systems: z.array(inventorySystemSchema).check(z.maxLength(MAX_INVENTORY_SYSTEMS)),
});

/** The inventory file's format for the persistence layer (version 1 is the first). */
export const inventoryFileFormat: VersionedFormat<InventorySystem[]> = {
  currentVersion: INVENTORY_FILE_VERSION,
  migrations: {},
  check: (value): Checked<InventorySystem[]> => {
    const checked = checkedFromParse(inventoryFileSchema.safeParse(value));
    if (!checked.ok) return checked;
    const duplicate = firstDuplicate(checked.value.systems.map((system) => system.id));
    if (duplicate !== null) return { ok: false, reason: `systems holds "${duplicate}" twice` };
    return { ok: true, value: checked.value.systems };
  },
};

export type InventoryImport =
  | { ok: true; systems: InventorySystem[] }
  /** `line` is null for problems of the file as a whole (JSON, size). */
  | { ok: false; problems: (Omit<CsvProblem, 'line'> & { line: number | null })[] };

/** Reads inventory JSON text: version, migrations, every record's checks. */
export function parseInventoryJson(text: string): InventoryImport {
  const decoded = decodeVersioned(text, inventoryFileFormat);
  return decoded.ok
    ? { ok: true, systems: decoded.value.value }
    : { ok: false, problems: [{ line: null, message: `The file cannot be read: ${decoded.reason}` }] };
}

/**
 * Reads a chosen file as CSV or JSON (by its name, else by its first character). `takenIds` and
 * `now` go to the CSV reader (ids for rows without one, the records' stamp).
 */
export async function readInventoryFile(
  file: Blob & { name?: string },
  now = new Date(),
  takenIds: ReadonlySet<string> = new Set(),
): Promise<InventoryImport> {
  const read = await readTextFile(file, MAX_INVENTORY_IMPORT_BYTES);
  if (!read.ok) return { ok: false, problems: [{ line: null, message: `The file cannot be used: ${read.reason}` }] };
  const name = (file.name ?? '').toLowerCase();
  const looksJson = name.endsWith('.json') || (!name.endsWith('.csv') && read.value.trimStart().startsWith('{'));
  return looksJson ? parseInventoryJson(read.value) : parseInventoryCsv(read.value, now, takenIds);
}
