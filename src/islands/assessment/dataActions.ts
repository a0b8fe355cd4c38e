/**
 * What the data panel's buttons do: export, CSV downloads and import. Loaded with import() on
 * the first click, so visitors who never export do not download the CSV and file code.
 */
import { resultsCsvRows, soaCsvRows } from '../../lib/assessment/csvRows';
import { computeResults, type AssessmentContent } from '../../lib/assessment/results';
import { MAX_IMPORT_BYTES, buildExportFile, parseImportFile } from '../../lib/assessment/transfer';
import type { AssessmentAnswers } from '../../lib/assessment/types';
import { toCsv } from '../../lib/csv';
import { datedFileName, downloadText, readTextFile } from '../../lib/persistence/files';
import type { AssessmentCopy } from './copy';
import type { Notice } from './formValues';

const download = (label: string, text: string, extension = 'csv') =>
  downloadText(datedFileName(label, extension), text);

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
  copy: Pick<AssessmentCopy, 'imported' | 'importedOtherEdition'>,
): Promise<{ error: string } | { state: AssessmentAnswers; notice: Notice }> {
  const text = await readTextFile(file, MAX_IMPORT_BYTES);
  const result = parseImportFile(text.ok ? text.value : '', file.size, contentVersion);
  if (!result.ok) return { error: result.error };
  return {
    state: result.state,
    notice: { tone: 'info', text: result.contentChanged ? copy.importedOtherEdition : copy.imported },
  };
}
