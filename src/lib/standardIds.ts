/**
 * The forms of ISO/IEC 42001 identifiers, in one place: the content schemas (src/schemas/common.ts)
 * check content with them, and the tools check saved and imported data with them.
 */

/** Annex A control ID such as `A.6.2.8`. */
export const CONTROL_ID_PATTERN = /^A\.(?:[2-9]|10)\.\d+(?:\.\d+)?$/;

/** Clause or sub-clause number such as `6.1.2`. */
export const CLAUSE_ID_PATTERN = /^(?:[4-9]|10)(?:\.\d+){0,2}$/;
