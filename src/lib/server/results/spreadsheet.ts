import { stringify } from 'csv-stringify/sync';

// The one place cells are made safe for a spreadsheet: every CSV and XLSX export writes its cells
// through `safeCell`, and every CSV through `csvRows`, so nothing anyone typed runs as a formula.

/** A character a spreadsheet reads as the start of a formula (=, +, -, @) or of a hidden one. */
const formulaStart = /^[=+\-@\t\r]/;
/**
 * A separator a spreadsheet may split a line on (Excel's list separator: `;` in much of Europe,
 * `,` elsewhere; tab when pasted) or a line break, followed by a formula character (quotes
 * between them do not stop Excel). Excel honours a quote only at the start of a piece, so a `;`
 * inside a comma-separated, quoted cell still starts a new cell there.
 */
const formulaAfterSeparator = /([,;\t\r\n])(?="*[=+\-@])/g;
/** Cells a CSV must quote beyond the comma, quote and line breaks csv-stringify quotes itself. */
const otherSeparators = /[;\t]/;

/**
 * A cell a spreadsheet will not run, however it splits the line: an apostrophe goes before a
 * formula character (=, +, -, @) at the start or right after a separator or a line break, and
 * before a leading tab or carriage return. Applying it twice changes nothing. Numbers stay
 * numbers.
 */
export function safeCell(value: unknown): string | number {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return value;
	const text = String(value).replace(formulaAfterSeparator, "$1'");
	return formulaStart.test(text) ? `'${text}` : text;
}

/** Rows as CSV lines, every cell through `safeCell` and every cell holding a separator quoted. */
export function csvRows(rows: readonly (readonly unknown[])[]): string {
	return stringify(
		rows.map((row) => row.map(safeCell)),
		{ quoted_match: otherSeparators }
	);
}
