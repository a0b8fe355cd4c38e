/**
 * RFC 4180 CSV writing for every export on the site (checklist, assessment results, SoA).
 * Spreadsheet apps execute cells that start with = + - @ (and tab or carriage return),
 * so such values get a leading apostrophe: see OWASP "CSV Injection".
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a value that a spreadsheet would treat as a formula, so it is shown as text. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Quotes a field when it holds a comma, quote or line break; doubles inner quotes. */
export function quoteCsvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Joins rows into CSV text with CRLF line ends, as RFC 4180 specifies. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteCsvField).join(',')).join('\r\n') + '\r\n';
}
