/**
 * RFC 4180 CSV writing for every export on the site (checklist, assessment results, SoA).
 * Spreadsheet apps execute cells that start with = + - @ (and tab or carriage return): see OWASP
 * "CSV Injection". Excel in German, French or Dutch locales splits on ";" instead of ",", and some
 * importers ignore quotes, so a value is made safe at every place a cell could start, not only at
 * its beginning.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A formula sign at the start of a line or after a separator any spreadsheet may split on. */
const FRAGMENT_FORMULA = /([,;\t\r\n])(\s*)(?=[=+\-@])/g;

/**
 * Prefixes every part of a value that a spreadsheet could read as a formula with an apostrophe,
 * so it is shown as text: the value's start, and each start after a comma, semicolon, tab or line break.
 */
export function neutraliseFormula(value: string): string {
  const inner = value.replace(FRAGMENT_FORMULA, "$1$2'");
  return FORMULA_START.test(inner) || /^\s+[=+\-@]/.test(inner) ? `'${inner}` : inner;
}

/** Quotes a field holding a separator of any locale (comma, semicolon, tab), a quote or a line break. */
export function quoteCsvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Joins rows into CSV text with CRLF line ends, as RFC 4180 specifies. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteCsvField).join(',')).join('\r\n') + '\r\n';
}

const NEUTRALISED_START = /^'(?=[=+\-@\t\r]|\s+[=+\-@])/;
const NEUTRALISED_FRAGMENT = /([,;\t\r\n])(\s*)'(?=[=+\-@])/g;

/**
 * Undoes neutraliseFormula for a cell read back from one of our CSV files: the apostrophes it put
 * before a formula sign are removed, so the value is the text that was exported. The result is
 * only ever kept and shown as text (and neutralised again on the next export). A value that itself
 * had an apostrophe right before a formula sign loses it: a small price for round trips that work.
 */
export function restoreNeutralisedFormula(value: string): string {
  return value.replace(NEUTRALISED_START, '').replace(NEUTRALISED_FRAGMENT, '$1$2');
}
