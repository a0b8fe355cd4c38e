import type { ReactNode } from 'react';

/** A row: its cells (the first is the row header), or the cells with a class for the row. */
export type DataRow = ReactNode[] | { cells: ReactNode[]; className?: string | undefined };

interface Props {
  caption: string;
  head: readonly string[];
  rows: readonly DataRow[];
  /** Rows shown as totals after the body. */
  foot?: readonly DataRow[];
  /** The caption is read by screen readers only (a visible heading says the same). */
  hideCaption?: boolean;
  className?: string;
  /**
   * The scroll box is a named, focusable region so keyboards can scroll a wide table (default);
   * false for narrow tables that never scroll.
   */
  scrollRegion?: boolean;
}

function Row({ row }: { row: DataRow }) {
  const { cells, className } = Array.isArray(row) ? { cells: row, className: undefined } : row;
  return (
    <tr className={className}>
      <th scope="row">{cells[0]}</th>
      {cells.slice(1).map((cell, index) => (
        <td key={index}>{cell}</td>
      ))}
    </tr>
  );
}

/** A data table with a caption and headers; its scroll box is focusable so keyboards can scroll it. */
export function DataTable({ caption, head, rows, foot, hideCaption, className, scrollRegion = true }: Props) {
  const region = scrollRegion ? { role: 'region', 'aria-label': caption, tabIndex: 0 } : {};
  return (
    <div className="table-scroll" {...region}>
      <table className={className}>
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {head.map((label) => (
              <th scope="col" key={label}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <Row key={index} row={row} />
          ))}
        </tbody>
        {foot && (
          <tfoot className="table-totals">
            {foot.map((row, index) => (
              <Row key={index} row={row} />
            ))}
          </tfoot>
        )}
      </table>
    </div>
  );
}
