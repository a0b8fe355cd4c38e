/**
 * What a workbook cell may hold, and how it is written: text always as a text cell (shared string)
 * with the Text number format "@", so Excel and LibreOffice neither evaluate text that starts with
 * = + - @ nor turn it into a formula when the cell is edited later; numbers and calendar dates typed
 * as such; formulas never. Text is kept exactly as given (no apostrophe prefix as in CSV, which would
 * show in the cell), apart from line ends and Excel's length limit.
 */
import type { CellObject } from 'write-excel-file/universal';

export type WorkbookValue = string | number | boolean | Date | null | undefined;

/** Excel's maximum number of characters in a cell. */
export const MAX_CELL_TEXT = 32_767;
export const DATE_FORMAT = 'yyyy-mm-dd';
const TEXT_FORMAT = '@';

/** A calendar day ("2026-03-31") as the UTC midnight Date a date cell expects; null when not a real day. */
export function calendarDay(isoDay: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) return null;
  const date = new Date(`${isoDay}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDay ? null : date;
}

export function toTextCell(text: string, style: Partial<CellObject> = {}): CellObject | null {
  // XML turns a bare carriage return into a line feed on reading; Excel breaks lines on \n.
  const normalised = text.replace(/\r\n?/g, '\n');
  if (normalised === '') return null;
  const value = normalised.length > MAX_CELL_TEXT ? `${normalised.slice(0, MAX_CELL_TEXT - 1)}…` : normalised;
  return { ...style, value, type: String, format: TEXT_FORMAT };
}

export function toCell(value: WorkbookValue): CellObject | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return toTextCell(value);
  if (typeof value === 'number') return Number.isFinite(value) ? { value, type: Number } : null;
  if (typeof value === 'boolean') return { value, type: Boolean };
  return Number.isNaN(value.getTime()) ? null : { value, type: Date, format: DATE_FORMAT };
}

/** Column width in characters: the longest header or value line, within 8-60. */
export function columnWidth(header: string, values: readonly WorkbookValue[]): number {
  let longest = header.length;
  for (const value of values) {
    const text = value instanceof Date ? DATE_FORMAT : String(value ?? '');
    for (const line of text.split('\n')) longest = Math.max(longest, line.length);
  }
  return Math.min(60, Math.max(8, longest + 2));
}
