/**
 * The crosswalk as a matrix: Annex A controls (rows, grouped) against NIST AI RMF functions, EU AI
 * Act articles and ISO/IEC 27001:2022 themes (columns). Each mapped cell links to the control
 * library's filter view for its column, so the URLs come from slugs.ts and nowhere else.
 */
import { compareReferences } from '../references';
import { controlFilterKey, controlFilterPath, controlPath } from '../slugs';

export const NIST_FUNCTIONS = ['GOVERN', 'MAP', 'MEASURE', 'MANAGE'] as const;

/**
 * The four themes of ISO/IEC 27001:2022 Annex A, by the number its controls start with (8.15 is
 * technological): a fact of that standard's structure, not content.
 */
export const ISO27001_THEMES = [
  { prefix: '5', name: 'Organizational' },
  { prefix: '6', name: 'People' },
  { prefix: '7', name: 'Physical' },
  { prefix: '8', name: 'Technological' },
] as const;

export type MatrixFramework = 'nist' | 'eu-ai-act' | 'iso27001';

export interface MatrixControl {
  id: string;
  title: string;
  /** The Annex A group or sub-group (A.6.2); rows are grouped under the top-level group. */
  group: string;
  nistAiRmf: readonly string[];
  euAiAct: readonly string[];
  iso27001: readonly string[];
}

export interface MatrixColumn {
  framework: MatrixFramework;
  /** Column heading: a function, an article or a theme. */
  label: string;
  /** The filter view a mapped cell in this column opens. */
  href: string;
}

export interface MatrixCell {
  column: MatrixColumn;
  /** What the control maps to in this column (subcategories, the article, 27001 controls); empty when nothing. */
  mappings: string[];
}

export interface MatrixRow {
  id: string;
  title: string;
  href: string;
  cells: MatrixCell[];
}

export interface ControlMatrix {
  /** Columns in framework order; a column is left out when no control maps to it. */
  columns: MatrixColumn[];
  /** The columns left out, to say so next to the matrix. */
  emptyColumns: { framework: MatrixFramework; label: string }[];
  groups: { id: string; title: string; rows: MatrixRow[] }[];
}

const themeOf = (iso27001Control: string) =>
  ISO27001_THEMES.find((theme) => iso27001Control.startsWith(`${theme.prefix}.`))?.name;

/** Builds the matrix; throws when a control names a group or a 27001 control the matrix cannot place. */
export function buildControlMatrix(
  controls: readonly MatrixControl[],
  groups: readonly { id: string; title: string }[],
  articles: readonly { id: string }[],
): ControlMatrix {
  const candidates: (MatrixColumn & { pick: (control: MatrixControl) => string[] })[] = [
    ...NIST_FUNCTIONS.map((name) => ({
      framework: 'nist' as const,
      label: name,
      href: controlFilterPath(controlFilterKey.nistFunction(name)),
      pick: (control: MatrixControl) => control.nistAiRmf.filter((item) => item.startsWith(`${name} `)),
    })),
    ...articles.map((article) => ({
      framework: 'eu-ai-act' as const,
      label: article.id,
      href: controlFilterPath(controlFilterKey.euAiActArticle(article.id)),
      pick: (control: MatrixControl) => control.euAiAct.filter((item) => item === article.id),
    })),
    ...ISO27001_THEMES.map((theme) => ({
      framework: 'iso27001' as const,
      label: theme.name,
      href: controlFilterPath(controlFilterKey.iso27001),
      pick: (control: MatrixControl) => control.iso27001.filter((item) => themeOf(item) === theme.name),
    })),
  ];
  for (const control of controls) {
    const unplaced = control.iso27001.filter((item) => themeOf(item) === undefined);
    if (unplaced.length > 0)
      throw new Error(
        `${control.id} maps to ISO/IEC 27001 "${unplaced.join('", "')}", which starts with no theme number (5-8)`,
      );
  }
  const used = candidates.filter((column) => controls.some((control) => column.pick(control).length > 0));
  const emptyColumns = candidates
    .filter((column) => !used.includes(column))
    .map(({ framework, label }) => ({ framework, label }));
  const topGroupOf = (group: string) =>
    groups.find((candidate) => group === candidate.id || group.startsWith(`${candidate.id}.`));
  for (const control of controls) {
    if (!topGroupOf(control.group))
      throw new Error(`${control.id} is in group ${control.group}, which is not an Annex A group`);
  }
  return {
    columns: used.map(({ framework, label, href }) => ({ framework, label, href })),
    emptyColumns,
    groups: groups
      .map((group) => ({
        id: group.id,
        title: group.title,
        rows: controls
          .filter((control) => topGroupOf(control.group) === group)
          .sort((a, b) => compareReferences(a.id, b.id))
          .map((control) => ({
            id: control.id,
            title: control.title,
            href: controlPath(control.id),
            cells: used.map(({ framework, label, href, pick }) => ({
              column: { framework, label, href },
              mappings: pick(control),
            })),
          })),
      }))
      .filter((group) => group.rows.length > 0),
  };
}
