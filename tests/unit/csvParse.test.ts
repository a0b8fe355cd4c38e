import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreNeutralisedFormula, toCsv } from '../../src/lib/csv';
import { parseCsv } from '../../src/lib/csvParse';

describe('parseCsv', () => {
  it('keeps the physical start line of each record across quoted line breaks and CRLF', () => {
    const result = parseCsv('a,b\r\n"one\r\ntwo\nthree",x\r\nlast,y');
    expect(result).toEqual({
      ok: true,
      delimiter: ',',
      records: [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['one\ntwo\nthree', 'x'] },
        { line: 5, cells: ['last', 'y'] },
      ],
    });
  });

  it('drops a byte order mark, keeps empty cells and a quote inside an unquoted value', () => {
    expect(parseCsv('\uFEFFname,,note\nBob,,5" screen\n')).toMatchObject({
      ok: true,
      records: [
        { line: 1, cells: ['name', '', 'note'] },
        { line: 2, cells: ['Bob', '', '5" screen'] },
      ],
    });
  });

  it('reads back what toCsv writes, whatever the value', () => {
    const rows = [['a, "quoted"; value', 'line\nbreak', '=1+1', '', ' spaced ']];
    const parsed = parseCsv(toCsv(rows));
    expect(parsed.ok && parsed.records.map((record) => record.cells.map(restoreNeutralisedFormula))).toEqual(rows);
  });

  it('refuses text after a closing quote and a quote never closed, with their lines', () => {
    expect(parseCsv('a\n"b"c\n')).toEqual({
      ok: false,
      line: 2,
      reason: 'there is text after the closing quote of a value',
    });
    expect(parseCsv('a\nb\n"c\nd')).toEqual({ ok: false, line: 3, reason: 'a quoted value is not closed' });
  });
});

describe('restoreNeutralisedFormula', () => {
  it.each([
    '=SUM(A1)',
    '+44 20',
    '-5%',
    '@team',
    '\tindented',
    '  =spaced',
    'a, =b; +c\n-d',
    'plain text',
    "it's fine",
  ])('undoes neutraliseFormula for %j', (value) => {
    expect(restoreNeutralisedFormula(neutraliseFormula(value))).toBe(value);
  });
});
