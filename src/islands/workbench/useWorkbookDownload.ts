/**
 * The workbook's download: the spreadsheet writer (write-excel-file) is loaded only when asked
 * for, the sheets are built, and the file is offered. Each stage is reported so the page can say
 * what is happening; a failure (offline, or a new deployment since the page opened) keeps its
 * reason and changes nothing.
 */
import { useState } from 'react';
import { datedFileName, downloadBlob } from '../../lib/persistence/files';
import { loadWorkbookWriter, type WorkbookSheet } from '../../lib/workbook/loadWorkbookWriter';

export type WorkbookProgress =
  | { stage: 'idle' }
  | { stage: 'loading' }
  | { stage: 'building' }
  | { stage: 'done'; sheets: number }
  | { stage: 'failed'; reason: string };

/** Short and readable: the cause's message when there is one, without a stack. */
function reasonOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return (cause instanceof Error ? cause.message : String(cause)).slice(0, 160);
}

export function useWorkbookDownload(makeSheets: () => WorkbookSheet[]) {
  const [progress, setProgress] = useState<WorkbookProgress>({ stage: 'idle' });
  const busy = progress.stage === 'loading' || progress.stage === 'building';

  const download = async () => {
    if (busy) return;
    setProgress({ stage: 'loading' });
    try {
      const buildWorkbook = await loadWorkbookWriter();
      setProgress({ stage: 'building' });
      const sheets = makeSheets();
      const blob = await buildWorkbook(sheets);
      downloadBlob(datedFileName('readiness-workbook', 'xlsx'), blob);
      setProgress({ stage: 'done', sheets: sheets.length });
    } catch (error) {
      setProgress({ stage: 'failed', reason: reasonOf(error) });
    }
  };

  return { progress, busy, download: () => void download() };
}
