/**
 * The on-demand door to the workbook writer: call it when the person asks for the .xlsx file, so the
 * writer (write-excel-file, about 20 KB gzip) is never part of a page's initial JavaScript.
 */
import type { WorkbookSheet } from './buildWorkbook';

export type { WorkbookSheet } from './buildWorkbook';
export type { WorkbookValue } from './cells';

export async function loadWorkbookWriter(): Promise<(sheets: readonly WorkbookSheet[]) => Promise<Blob>> {
  const { buildWorkbook } = await import('./buildWorkbook');
  return buildWorkbook;
}
