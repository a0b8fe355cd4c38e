/**
 * Builds an .xlsx workbook in the browser (or Node) with write-excel-file. Heavy: import it only
 * through loadWorkbookWriter() so that nothing of it is loaded with the page.
 */
import writeExcelFile, { type Row, type Sheet } from 'write-excel-file/universal';
import { columnWidth, toCell, toTextCell, type WorkbookValue } from './cells';
import { toSheetNames } from './sheetNames';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface WorkbookSheet {
  /** Any text: made valid and unique for Excel (see sheetNames.ts). */
  name: string;
  headers: readonly string[];
  /** One array per row, in the order of `headers`. */
  rows: readonly (readonly WorkbookValue[])[];
}

type FileContent = Blob;

function toSheet(sheet: WorkbookSheet, name: string): Sheet<FileContent> {
  const header: Row = sheet.headers.map((text) => toTextCell(text, { fontWeight: 'bold' }));
  const body: Row[] = sheet.rows.map((row) => row.map(toCell));
  return {
    sheet: name,
    data: [header, ...body],
    stickyRowsCount: 1,
    columns: sheet.headers.map((text, column) => ({
      width: columnWidth(
        text,
        sheet.rows.map((row) => row[column]),
      ),
    })),
  };
}

/** The workbook as an .xlsx Blob, one sheet per entry, header row frozen. */
export async function buildWorkbook(sheets: readonly WorkbookSheet[]): Promise<Blob> {
  if (sheets.length === 0) throw new Error('A workbook needs at least one sheet.');
  const names = toSheetNames(sheets.map((sheet) => sheet.name));
  try {
    const blob = await writeExcelFile(sheets.map((sheet, index) => toSheet(sheet, names[index] ?? ''))).toBlob();
    return blob.type === XLSX_MIME ? blob : new Blob([blob], { type: XLSX_MIME });
  } catch (cause) {
    throw new Error('Could not build the workbook', { cause });
  }
}
