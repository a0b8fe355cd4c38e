/**
 * Files in and out of the browser: downloads made from text, and reading a chosen file with a size
 * limit. Nothing leaves the browser; loaded on demand by the tools.
 */
import type { Checked } from './checked';

const TYPES: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  txt: 'text/plain;charset=utf-8',
};

/** Offers text as a file download, typed by the file's extension. */
export function downloadText(fileName: string, text: string): void {
  const extension = fileName.split('.').pop() ?? '';
  downloadBlob(fileName, new Blob([text], { type: TYPES[extension] ?? 'text/plain' }));
}

/** Offers a file made in the browser (e.g. an .xlsx workbook) as a download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The text of a chosen file; a file over `maxBytes` is refused by its size alone, without reading it. */
export async function readTextFile(file: Blob, maxBytes: number): Promise<Checked<string>> {
  if (file.size > maxBytes) {
    return { ok: false, reason: `the file is larger than ${Math.round(maxBytes / 1024)} KB` };
  }
  try {
    return { ok: true, value: await file.text() };
  } catch (cause) {
    return { ok: false, reason: `the file could not be read (${String(cause).slice(0, 80)})` };
  }
}

/** A dated file name, e.g. iso42001-assessment-2026-11-28.json. */
export function datedFileName(label: string, extension: string, now = new Date()): string {
  return `iso42001-${label}-${now.toISOString().slice(0, 10)}.${extension}`;
}
