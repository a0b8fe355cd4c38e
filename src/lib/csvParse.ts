/**
 * RFC 4180 CSV reading for every import on the site: quoted values with doubled quotes, line
 * breaks inside quotes, CRLF or LF line ends and a UTF-8 byte order mark (Excel writes one). Each
 * record keeps the physical line it starts on, so a message can point at it. A file saved by Excel
 * in a locale that separates with ";" is read with ";" (told apart on the header line).
 * Cells come back exactly as written: formula prefixes are the caller's business (see
 * restoreNeutralisedFormula in csv.ts).
 */

export interface CsvRecord {
  /** The physical line (from 1) the record starts on. */
  line: number;
  cells: string[];
}

export type CsvParse =
  { ok: true; records: CsvRecord[]; delimiter: ',' | ';' } | { ok: false; line: number; reason: string };

/** "," unless the first line has more semicolons than commas outside quotes. */
function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

export function parseCsv(input: string): CsvParse {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let closedQuote = false;
  let fieldStarted = false;

  const endField = () => {
    cells.push(field);
    field = '';
    closedQuote = false;
    fieldStarted = false;
  };

  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    const lineBreak = char === '\n' || char === '\r';
    // CRLF is one line break.
    if (char === '\r' && text[index + 1] === '\n') index += 1;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
        closedQuote = true;
      } else {
        field += lineBreak ? '\n' : char;
        if (lineBreak) line += 1;
      }
      continue;
    }
    if (char === delimiter) {
      endField();
    } else if (lineBreak) {
      endField();
      records.push({ line: recordLine, cells });
      cells = [];
      line += 1;
      recordLine = line;
    } else if (closedQuote) {
      return { ok: false, line, reason: 'there is text after the closing quote of a value' };
    } else if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (quoted) return { ok: false, line: recordLine, reason: 'a quoted value is not closed' };
  if (fieldStarted || cells.length > 0) {
    endField();
    records.push({ line: recordLine, cells });
  }
  return { ok: true, records, delimiter };
}
