import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from '../../src/lib/csv';

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
    expect(neutraliseFormula('\t=1')).toBe("'\t=1");
    expect(neutraliseFormula('\r=1')).toBe("'\r=1");
  });
});
