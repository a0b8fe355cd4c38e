import { describe, expect, it } from 'vitest';
import readExcelFile from 'read-excel-file/node';
import { readinessReport } from '../../../src/lib/workbench/readinessReport';
import { calendarDay } from '../../../src/lib/workbook/cells';
import { loadWorkbookWriter } from '../../../src/lib/workbook/loadWorkbookWriter';
import { SHEET_NAMES, readinessSheets } from '../../../src/lib/workbook/readinessSheets';
import { FORMULA_NAME, REPORT_TODAY, reportContent, reportWorkspace } from '../workbench/reportFixture';

const areaLabels = { '4': 'Clause 4: Context', '5': 'Clause 5: Leadership', 'A.2': 'A.2: Policies related to AI' };
const cover = { organization: 'Example Org Ltd', version: 'Draft', date: '2026-11-20' };

describe('readiness workbook sheets', () => {
  const workspace = reportWorkspace();
  const report = readinessReport(workspace, reportContent, REPORT_TODAY);
  const sheets = readinessSheets(report, workspace, reportContent, areaLabels, cover);
  const byName = (name: string) => sheets.find((sheet) => sheet.name === name)!;
  const value = (name: string, item: string) => byName(name).rows.find((row) => row[0] === item)?.[1];

  it('has the six sheets in order, one row per record', () => {
    expect(sheets.map((sheet) => sheet.name)).toEqual(Object.values(SHEET_NAMES));
    expect(byName(SHEET_NAMES.areas).rows).toHaveLength(3 + 3);
    expect(byName(SHEET_NAMES.gaps).rows).toHaveLength(9);
    expect(byName(SHEET_NAMES.soa).rows).toHaveLength(3);
    expect(byName(SHEET_NAMES.evidence).rows).toHaveLength(1);
    expect(byName(SHEET_NAMES.inventory).rows).toHaveLength(2);
    for (const sheet of sheets)
      for (const row of sheet.rows) expect(row, sheet.name).toHaveLength(sheet.headers.length);
  });

  it('summarises the cover and the figures as numbers and a date', () => {
    expect(value(SHEET_NAMES.summary, 'Organization')).toBe('Example Org Ltd');
    expect(value(SHEET_NAMES.summary, 'Date')).toEqual(calendarDay('2026-11-20'));
    expect(value(SHEET_NAMES.summary, 'Overall readiness (%)')).toBe(50);
    expect(value(SHEET_NAMES.summary, 'Gap items')).toBe(9);
    expect(value(SHEET_NAMES.summary, 'AI systems in scope')).toBe(2);
    expect(value(SHEET_NAMES.summary, 'Expected weeks to certification')).toBe(
      report.results.timeline.totalExpectedWeeks,
    );
  });

  it('names areas as the assessment does and ends with the totals', () => {
    expect(byName(SHEET_NAMES.areas).rows.map((row) => row[0])).toEqual([
      'Clause 4: Context',
      'Clause 5: Leadership',
      'A.2: Policies related to AI',
      'Clauses 4-10',
      'Annex A',
      'Overall',
    ]);
    // Clause 4: scope implemented, context partial: 1.5 of 2.
    expect(byName(SHEET_NAMES.areas).rows[0]?.slice(1, 5)).toEqual([75, 1, 1, 0]);
  });

  it('writes the SoA with owners, linked system names and where each row comes from', () => {
    const row = byName(SHEET_NAMES.soa).rows.find((cells) => cells[0] === 'A.2.3')!;
    expect(row[2]).toBe('Yes');
    expect(row[5]).toBe('Risk office');
    expect(row[6]).toBe('CV screening');
    expect(row[10]).toBe('Edited');
    expect(byName(SHEET_NAMES.soa).rows[0]?.[10]).toBe('Draft from the answers');
  });

  it('states each evidence item on the day of the report, dates as dates', () => {
    const [item] = byName(SHEET_NAMES.evidence).rows;
    expect(item?.[0]).toBe('AI policy v1');
    expect(item?.[6]).toEqual(calendarDay('2026-11-01'));
    expect(item?.[7]).toBe('Overdue');
  });

  it('keeps the inventory columns of the CSV export and the names exactly as typed', async () => {
    const inventory = byName(SHEET_NAMES.inventory);
    expect(inventory.headers.slice(0, 2)).toEqual(['ID', 'Name']);
    expect(inventory.rows.map((row) => row[1])).toEqual(['CV screening', FORMULA_NAME]);
    const checkedOn = inventory.headers.indexOf('Tier checked on');
    expect(inventory.rows[0]?.[checkedOn]).toEqual(calendarDay('2026-11-01'));

    // Through the real writer and back: the name is the same text, not a formula's result.
    const buildWorkbook = await loadWorkbookWriter();
    const buffer = Buffer.from(await (await buildWorkbook(sheets)).arrayBuffer());
    const readBack = await readExcelFile(buffer, { trim: false });
    expect(readBack.map((sheet) => sheet.sheet)).toEqual(Object.values(SHEET_NAMES));
    expect(readBack[5]?.data[2]?.[1]).toBe(FORMULA_NAME);
  });
});
