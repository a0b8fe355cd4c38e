import type { ReactNode } from 'react';

interface Props {
  caption: string;
  head: string[];
  /** Each row: the first cell is the row header. */
  rows: ReactNode[][];
  /** Rows shown bold as totals after the body. */
  foot?: ReactNode[][];
}

const Row = ({ cells }: { cells: ReactNode[] }) => (
  <tr>
    <th scope="row">{cells[0]}</th>
    {cells.slice(1).map((cell, index) => (
      <td key={index}>{cell}</td>
    ))}
  </tr>
);

/** A data table with a caption and headers; its scroll box is focusable so keyboards can scroll it. */
export function Table({ caption, head, rows, foot }: Props) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
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
          {rows.map((cells, index) => (
            <Row key={index} cells={cells} />
          ))}
        </tbody>
        {foot && (
          <tfoot className="table-totals">
            {foot.map((cells, index) => (
              <Row key={index} cells={cells} />
            ))}
          </tfoot>
        )}
      </table>
    </div>
  );
}
