import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from '../../src/lib/csv';
import { parseCsv } from '../e2e/support/parseCsv';

describe('toCsv', () => {
  it('joins plain fields with commas and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['id', 'title'],
        ['A.2.2', 'AI policy'],
      ]),
    ).toBe('id,title\r\nA.2.2,AI policy\r\n');
  });

  it('quotes fields with commas, quotes and line breaks, doubling inner quotes', () => {
    expect(toCsv([['a, b', 'say "hi"', 'line1\nline2']])).toBe('"a, b","say ""hi""","line1\nline2"\r\n');
  });

  it('neutralises values a spreadsheet would run as formulas', () => {
    expect(toCsv([['=SUM(A1:A2)', '+1', '-2', '@cmd', 'safe']])).toBe("'=SUM(A1:A2),'+1,'-2,'@cmd,safe\r\n");
  });

  it('neutralises before quoting so the apostrophe sits inside the quotes', () => {
    expect(toCsv([['=HYPERLINK("x","y")']])).toBe(`"'=HYPERLINK(""x"",""y"")"\r\n`);
  });
});

describe('neutraliseFormula', () => {
  it('leaves text that merely contains a sign alone', () => {
    expect(neutraliseFormula('ISO 27001 + 42001')).toBe('ISO 27001 + 42001');
  });

  it('catches a leading tab or carriage return', () => {
    // The tab is itself a cell separator for some importers, so the part after it is prefixed too.
    expect(neutraliseFormula('\t=1')).toBe("'\t'=1");
    expect(neutraliseFormula('\r=1')).toBe("'\r'=1");
  });
});

/** Cells as a spreadsheet reads them: RFC 4180 quotes honoured, `delimiter` between cells. */
const spreadsheetCells = (csv: string, delimiter: ',' | ';') => parseCsv(csv, delimiter).flat();

/** Cells as a careless importer reads them: every comma, semicolon, tab and line break splits, quotes ignored. */
const naiveCells = (csv: string) => csv.split(/[,;\t\r\n]/).map((cell) => cell.replaceAll('"', ''));

const looksLikeFormula = (cell: string) => /^\s*[=+\-@]/.test(cell);

describe('CSV formula injection in every locale', () => {
  const hostile = [
    'see note;=2+5;end',
    'first line\n- item',
    'a;+SUM(1)',
    'x,@cmd',
    'tab\t=1',
    'crlf\r\n=HYPERLINK("http://example.com")',
    ' =leading space',
    'ok; -3 dashes',
  ];

  it.each([',', ';'] as const)('leaves no formula-looking cell when a spreadsheet splits on "%s"', (delimiter) => {
    const csv = toCsv([hostile]);
    const formulas = spreadsheetCells(csv, delimiter).filter(looksLikeFormula);
    expect(formulas).toEqual([]);
  });

  it('leaves no formula-looking cell even for an importer that ignores quotes', () => {
    const formulas = naiveCells(toCsv([hostile])).filter(looksLikeFormula);
    expect(formulas).toEqual([]);
  });

  it('quotes a field holding a semicolon, so a semicolon locale keeps it in one cell', () => {
    expect(toCsv([['a;b', 'c']])).toBe('"a;b",c\r\n');
    expect(spreadsheetCells(toCsv([['a;b', 'c']]), ';')).toEqual(['a;b,c']);
  });

  it('keeps ordinary text with signs in the middle untouched', () => {
    expect(toCsv([['ISO 27001 + 42001 = overlap']])).toBe('ISO 27001 + 42001 = overlap\r\n');
  });
});
