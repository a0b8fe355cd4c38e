import { describe, expect, it } from 'vitest';
import readExcelFile from 'read-excel-file/node';
import { loadWorkbookWriter } from '../../../src/lib/workbook/loadWorkbookWriter';
import { calendarDay, MAX_CELL_TEXT } from '../../../src/lib/workbook/cells';
import { readZipEntries } from '../support/zipEntries';
import { buildReadinessSheets, INJECTION_LOOKING_TEXT } from './readinessWorkbook';

async function writeToBuffer(sheets: Parameters<Awaited<ReturnType<typeof loadWorkbookWriter>>>[0]) {
  const buildWorkbook = await loadWorkbookWriter();
  const blob = await buildWorkbook(sheets);
  return { blob, buffer: Buffer.from(await blob.arrayBuffer()) };
}

/** Every <c> element of every worksheet, with its attributes and inner XML. */
function worksheetCells(files: Map<string, string>) {
  const cells: { sheet: string; attributes: string; inner: string }[] = [];
  for (const [name, xml] of files) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    for (const match of xml.matchAll(/<c\b([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
      cells.push({ sheet: name, attributes: match[1] ?? '', inner: match[2] ?? '' });
    }
  }
  return cells;
}

describe('readiness workbook', async () => {
  const sheets = buildReadinessSheets();
  const { blob, buffer } = await writeToBuffer(sheets);
  const readBack = await readExcelFile(buffer, { trim: false });
  const files = readZipEntries(buffer);

  it('is an .xlsx with the six sheets, in order', () => {
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(readBack.map((sheet) => sheet.sheet)).toEqual([
      'Summary',
      'Readiness by area',
      'Gap list',
      'Statement of Applicability',
      'Evidence register',
      'AI system inventory',
    ]);
  });

  it('has each sheet’s headers in its first row and one row per record, 500 in the register', () => {
    for (const [index, sheet] of sheets.entries()) {
      const data = readBack[index]?.data ?? [];
      expect(data[0], sheet.name).toEqual(sheet.headers);
      expect(data.length - 1, sheet.name).toBe(sheet.rows.length);
    }
    expect(readBack[4]?.data).toHaveLength(501);
  });

  it('contains no formula: no <f> element and no formula-result cell anywhere', () => {
    const cells = worksheetCells(files);
    expect(cells.length).toBeGreaterThan(500 * 9);
    expect(cells.filter((cell) => /<f[\s>/]/.test(cell.inner))).toEqual([]);
    expect(cells.filter((cell) => /\bt="(str|e)"/.test(cell.attributes))).toEqual([]);
  });

  it('keeps text that looks like a formula as the same text, in text cells formatted as Text', () => {
    const gapTexts = (readBack[2]?.data ?? []).slice(1).map((row) => row[1]);
    expect(gapTexts).toEqual(INJECTION_LOOKING_TEXT.map((text) => text.replace(/\r/g, '\n')));
    const styles = files.get('xl/styles.xml') ?? '';
    const textFormatId = /<numFmt numFmtId="(\d+)" formatCode="@"\/>/.exec(styles)?.[1];
    expect(textFormatId).toBeDefined();
    const cellFormats = [...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? '').matchAll(/<xf\b[^>]*>/g)];
    const textStyles = new Set(
      cellFormats.flatMap((xf, index) => (xf[0].includes(`numFmtId="${textFormatId}"`) ? [String(index)] : [])),
    );
    const gapCells = worksheetCells(files).filter((cell) => cell.sheet === 'xl/worksheets/sheet3.xml');
    const gapColumn = gapCells.filter((cell) => /\br="B([2-9])"/.test(cell.attributes));
    expect(gapColumn).toHaveLength(INJECTION_LOOKING_TEXT.length);
    for (const cell of gapColumn) {
      expect(cell.attributes).toMatch(/\bt="s"/);
      expect(textStyles.has(/\bs="(\d+)"/.exec(cell.attributes)?.[1] ?? '')).toBe(true);
    }
  });

  it('types numbers, dates and yes/no as such, and leaves empty cells empty', () => {
    const summary = readBack[0]?.data ?? [];
    expect(summary[4]).toEqual(['Overall readiness (%)', 61.5]);
    expect(summary[3]?.[1]).toEqual(new Date(Date.UTC(2026, 10, 30)));
    const gaps = readBack[2]?.data ?? [];
    expect(gaps[1]?.[0]).toBe(1);
    expect(gaps[2]?.[4]).toBeNull();
    expect(readBack[3]?.data[1]?.[2]).toBe(true);
    expect(readBack[5]?.data[1]?.[2]).toBe('Line one of the purpose\nline two of the purpose');
  });

  it('names the sheets validly when given names Excel refuses', async () => {
    const { buffer: renamed } = await writeToBuffer([
      { name: 'Gaps: open/closed?', headers: ['A'], rows: [['x']] },
      { name: 'gaps- open-closed-', headers: ['A'], rows: [] },
    ]);
    const names = (await readExcelFile(renamed)).map((sheet) => sheet.sheet);
    expect(names).toEqual(['Gaps- open-closed-', 'gaps- open-closed- (2)']);
  });

  it('shortens text past Excel’s cell limit and drops values a cell cannot hold', async () => {
    const { buffer: limited } = await writeToBuffer([
      {
        name: 'Limits',
        headers: ['Long', 'Not a number', 'Not a date'],
        rows: [['y'.repeat(MAX_CELL_TEXT + 10), Number.NaN, new Date('not a date')]],
      },
    ]);
    const [row] = (await readExcelFile(limited, { trim: false }))[0]?.data.slice(1) ?? [];
    expect(String(row?.[0])).toHaveLength(MAX_CELL_TEXT);
    expect(row?.slice(1)).toEqual([null, null]);
  });

  it('refuses to build a workbook without sheets', async () => {
    const buildWorkbook = await loadWorkbookWriter();
    await expect(buildWorkbook([])).rejects.toThrow(/at least one sheet/);
  });
});

describe('calendar days', () => {
  it('reads an ISO day as UTC midnight and refuses days that do not exist', () => {
    expect(calendarDay('2026-03-31')).toEqual(new Date(Date.UTC(2026, 2, 31)));
    expect(calendarDay('2026-02-30')).toBeNull();
    expect(calendarDay('31/03/2026')).toBeNull();
  });
});
