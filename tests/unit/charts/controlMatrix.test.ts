import { describe, expect, it } from 'vitest';
import { buildControlMatrix, type MatrixControl } from '../../../src/lib/charts/controlMatrix';

const groups = [
  { id: 'A.2', title: 'Policies' },
  { id: 'A.6', title: 'Life cycle' },
  { id: 'A.10', title: 'Third parties' },
];
const articles = [{ id: 'Art. 9' }, { id: 'Art. 12' }, { id: 'Art. 99' }];
const control = (id: string, group: string, mappings: Partial<MatrixControl> = {}): MatrixControl => ({
  id,
  title: `Title of ${id}`,
  group,
  nistAiRmf: [],
  euAiAct: [],
  iso27001: [],
  ...mappings,
});
const controls = [
  control('A.10.2', 'A.10', { nistAiRmf: ['GOVERN 6.1'] }),
  control('A.6.2.8', 'A.6.2', {
    nistAiRmf: ['MEASURE 2.4', 'MEASURE 3.2'],
    euAiAct: ['Art. 12'],
    iso27001: ['8.15 Logging'],
  }),
  control('A.2.2', 'A.2', { nistAiRmf: ['GOVERN 1.2'], euAiAct: ['Art. 9'], iso27001: ['5.1 Policies'] }),
];

describe('buildControlMatrix', () => {
  const matrix = buildControlMatrix(controls, groups, articles);
  const cell = (controlId: string, column: string) =>
    matrix.groups
      .flatMap((group) => group.rows)
      .find((row) => row.id === controlId)!
      .cells.find((candidate) => candidate.column.label === column)!;

  it('keeps only columns some control maps to, and says which were left out', () => {
    expect(matrix.columns.map((column) => column.label)).toEqual([
      'GOVERN',
      'MEASURE',
      'Art. 9',
      'Art. 12',
      'Organizational',
      'Technological',
    ]);
    expect(matrix.emptyColumns.map((column) => column.label)).toEqual([
      'MAP',
      'MANAGE',
      'Art. 99',
      'People',
      'Physical',
    ]);
  });

  it('groups rows under their top-level group, sub-groups included, in numeric order', () => {
    expect(matrix.groups.map((group) => [group.id, group.rows.map((row) => row.id)])).toEqual([
      ['A.2', ['A.2.2']],
      ['A.6', ['A.6.2.8']],
      ['A.10', ['A.10.2']],
    ]);
  });

  it('fills a cell with what the control maps to in that column and nothing from other columns', () => {
    expect(cell('A.6.2.8', 'MEASURE').mappings).toEqual(['MEASURE 2.4', 'MEASURE 3.2']);
    expect(cell('A.6.2.8', 'GOVERN').mappings).toEqual([]);
    expect(cell('A.6.2.8', 'Art. 12').mappings).toEqual(['Art. 12']);
    expect(cell('A.6.2.8', 'Technological').mappings).toEqual(['8.15 Logging']);
    expect(cell('A.2.2', 'Organizational').mappings).toEqual(['5.1 Policies']);
  });

  it("links each column to the control library's filter view and each row to its control page", () => {
    const hrefs = Object.fromEntries(matrix.columns.map((column) => [column.label, column.href]));
    expect(hrefs).toEqual({
      GOVERN: '/controls/filter/nist-govern/',
      MEASURE: '/controls/filter/nist-measure/',
      'Art. 9': '/controls/filter/eu-ai-act-art-9/',
      'Art. 12': '/controls/filter/eu-ai-act-art-12/',
      Organizational: '/controls/filter/iso-27001/',
      Technological: '/controls/filter/iso-27001/',
    });
    expect(matrix.groups[1]!.rows[0]!.href).toBe('/controls/a-6-2-8/');
  });

  it('refuses a 27001 control it cannot place in a theme, and a control outside every group', () => {
    expect(() => buildControlMatrix([control('A.2.2', 'A.2', { iso27001: ['A.9 Access'] })], groups, articles)).toThrow(
      /A\.2\.2 maps to ISO\/IEC 27001 "A\.9 Access"/,
    );
    expect(() => buildControlMatrix([control('A.1.2', 'A.1')], groups, articles)).toThrow(/A\.1\.2 is in group A\.1/);
  });
});
