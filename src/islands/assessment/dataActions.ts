/**
 * What the data panel's buttons do: export, CSV downloads and import. Loaded with import() on
 * the first click, so visitors who never export do not download the CSV and file code.
 */
import { resultsCsvRows, soaCsvRows } from '../../lib/assessment/csvRows';
import { computeResults, type AssessmentContent } from '../../lib/assessment/results';
import { MAX_IMPORT_BYTES, buildExportFile, exportFileName, parseImportFile } from '../../lib/assessment/transfer';
import type { AssessmentAnswers } from '../../lib/assessment/types';
import { toCsv } from '../../lib/csv';
import type { Notice } from './formValues';

const TYPES: Record<string, string> = { csv: 'text/csv;charset=utf-8', json: 'application/json' };

/** Offers text as a file download, typed by the file's extension; nothing leaves the browser. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: TYPES[fileName.split('.').pop()!] ?? 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const download = (label: string, text: string, extension = 'csv') =>
  downloadText(exportFileName(new Date(), extension, label), text);

export function exportAnswers(values: AssessmentAnswers, contentVersion: string): void {
  download('assessment', buildExportFile(values, contentVersion), 'json');
}

export function downloadResultsCsv(content: AssessmentContent, values: AssessmentAnswers): void {
  const { score } = computeResults(content, values);
  download('assessment-results', toCsv(resultsCsvRows(content.areas, content.questions, values.answers, score)));
}

export function downloadSoaCsv(content: AssessmentContent, values: AssessmentAnswers): void {
  download('statement-of-applicability', toCsv(soaCsvRows(computeResults(content, values).soa)));
}

/** Reads and checks an imported file; an oversized file is refused by its size alone, without reading it. */
export async function importAnswers(
  file: File,
  contentVersion: string,
): Promise<{ error: string } | { state: AssessmentAnswers; notice: Notice }> {
  const result = parseImportFile(file.size > MAX_IMPORT_BYTES ? '' : await file.text(), file.size, contentVersion);
  if (!result.ok) return { error: result.error };
  return {
    state: result.state,
    notice: {
      text: `Answers imported.${result.contentChanged ? ' They answered another edition of the questions: check the unanswered ones.' : ''}`,
    },
  };
}
