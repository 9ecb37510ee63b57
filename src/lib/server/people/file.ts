import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { controlCharacterMessage, hasControlCharacter } from '../../control-characters';
import { DomainError } from '../platform';
import { attributeKeyPattern, isoDate, type AttributeType } from './people';

// Reading a file of people (CSV or XLSX) into a header and rows, and guessing which column is
// which. Pure: the import (import.ts) stores the file and runs the upserts.

export type Row = {
	/** Where the row starts in the file (the header is line 1). */ line: number;
	values: string[];
};
export type Table = { header: string[]; rows: Row[] };

/**
 * What a column is imported as: '' skips it; `attr:<key>:<type>` is an attribute. A first and a
 * last name column are joined into the name.
 */
export type Field =
	'' | 'email' | 'name' | 'firstName' | 'lastName' | 'externalId' | 'language' | 'kind' | 'manager';
export const personFields = [
	'email',
	'name',
	'firstName',
	'lastName',
	'externalId',
	'language',
	'kind',
	'manager'
] as const;
export const fieldLabels: Record<(typeof personFields)[number], string> = {
	email: 'E-mail',
	name: 'Name',
	firstName: 'First name',
	lastName: 'Last name',
	externalId: 'External id',
	language: 'Language',
	kind: 'Kind',
	manager: 'Manager'
};

const MAX_COLUMNS = 200;

const isXlsx = (bytes: Uint8Array) =>
	bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Reads a CSV (comma, semicolon or tab; UTF-8, with or without BOM) or the first sheet of an XLSX. */
export async function readTable(fileName: string, bytes: Uint8Array): Promise<Table> {
	let table: Table;
	if (isXlsx(bytes)) table = await readXlsx(bytes);
	else if (/\.(xls|xlsx|ods|numbers)$/i.test(fileName))
		throw new DomainError('This spreadsheet cannot be read: save it as .xlsx or as CSV (UTF-8).');
	else table = readCsv(bytes);
	if (table.header.length > MAX_COLUMNS)
		throw new DomainError(`The file has more than ${MAX_COLUMNS} columns.`);
	return table;
}

function decode(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		throw new DomainError(
			'The file is not UTF-8 text. Save it as “CSV UTF-8” (or as .xlsx) and upload it again.'
		);
	}
}

/** The delimiter of the header line: the most frequent of comma, semicolon and tab outside quotes. */
function guessDelimiter(text: string): string {
	const counts = new Map([
		[',', 0],
		[';', 0],
		['\t', 0]
	]);
	let quoted = false;
	for (const c of text) {
		if (c === '"') quoted = !quoted;
		else if (!quoted && (c === '\n' || c === '\r')) break;
		else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
	}
	return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function readCsv(bytes: Uint8Array): Table {
	const text = decode(bytes);
	let records: { record: string[]; info: { lines: number } }[];
	try {
		records = parse(text, {
			delimiter: guessDelimiter(text),
			relax_column_count: true,
			skip_empty_lines: true,
			info: true
		}) as unknown as typeof records;
	} catch (error) {
		const reason = error instanceof Error ? error.message.replace(/^Invalid [^:]*: /, '') : '';
		throw new DomainError(`The CSV file cannot be read: ${reason}`);
	}
	const rows = records.map(({ record, info }) => ({
		// The parser counts the line a record ends on; a quoted value may span lines.
		line: info.lines - record.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0),
		values: record
	}));
	return withHeader(rows);
}

/** The text of an XLSX cell as a CSV would hold it; dates as YYYY-MM-DD. */
function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value !== 'object') return String(value);
	if ('richText' in value) return value.richText.map((r) => r.text).join('');
	if ('formula' in value || 'sharedFormula' in value)
		return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
	if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
	return '';
}

async function readXlsx(bytes: Uint8Array): Promise<Table> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
		);
	} catch {
		throw new DomainError('The XLSX file cannot be read. Save it again, or as CSV (UTF-8).');
	}
	const sheet = workbook.worksheets[0];
	if (!sheet) throw new DomainError('The workbook has no sheet.');
	const rows: Row[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, line) => {
		const values: string[] = [];
		for (let c = 1; c <= row.cellCount; c++) values.push(cellText(row.getCell(c).value).trim());
		rows.push({ line, values });
	});
	return withHeader(rows);
}

/** A control character (a NUL byte) in a cell would fail the import's job: refused up front. */
function refuseControlCharacters(first: Row, header: string[], rows: Row[]) {
	for (const row of [first, ...rows]) {
		const column = row.values.findIndex(hasControlCharacter);
		if (column >= 0)
			throw new DomainError(
				`Line ${row.line}: ${controlCharacterMessage(header[column] ?? `Column ${column + 1}`)}`
			);
	}
}

function withHeader(all: Row[]): Table {
	const rows = all.filter((r) => r.values.some((v) => v.trim() !== ''));
	const first = rows.shift();
	if (!first) throw new DomainError('The file is empty.');
	let width = first.values.length;
	while (width > 0 && first.values[width - 1].trim() === '') width--;
	const header = first.values.slice(0, width).map((h, i) => h.trim() || `Column ${i + 1}`);
	refuseControlCharacters(first, header, rows);
	return {
		header,
		rows: rows.map((r) => ({
			line: r.line,
			values: Array.from({ length: header.length }, (_, i) => r.values[i] ?? '')
		}))
	};
}

const compact = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');

const synonyms: Record<string, Field> = {
	email: 'email',
	emailaddress: 'email',
	mail: 'email',
	workemail: 'email',
	name: 'name',
	fullname: 'name',
	displayname: 'name',
	firstname: 'firstName',
	givenname: 'firstName',
	forename: 'firstName',
	vorname: 'firstName',
	prenom: 'firstName',
	nombre: 'firstName',
	lastname: 'lastName',
	surname: 'lastName',
	familyname: 'lastName',
	nachname: 'lastName',
	nom: 'lastName',
	apellido: 'lastName',
	apellidos: 'lastName',
	externalid: 'externalId',
	employeeid: 'externalId',
	employeenumber: 'externalId',
	customerid: 'externalId',
	staffid: 'externalId',
	id: 'externalId',
	language: 'language',
	lang: 'language',
	locale: 'language',
	kind: 'kind',
	type: 'kind',
	persontype: 'kind',
	manager: 'manager',
	manageremail: 'manager',
	managerid: 'manager',
	managerexternalid: 'manager',
	reportsto: 'manager'
};

/** An attribute key from a column's name: "Tenure start date" → tenureStartDate. */
export function attributeKey(header: string, index: number): string {
	const words = header
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.split(/[^A-Za-z0-9]+/)
		.filter(Boolean)
		.map((w) => (w === w.toUpperCase() ? w.toLowerCase() : w));
	let key = words
		.map((w, i) => (i === 0 ? w[0].toLowerCase() + w.slice(1) : w[0].toUpperCase() + w.slice(1)))
		.join('')
		.slice(0, 64);
	if (!key) key = `column${index + 1}`;
	if (!/^[A-Za-z]/.test(key)) key = `c${key}`.slice(0, 64);
	return key;
}

/**
 * The type the values of a column look like: numbers, YYYY-MM-DD dates, else text. A typo or two
 * in a long column does not make it text: at least 98% of the values must fit, and the import
 * refuses the rest, which is the way to find them.
 */
export function guessType(values: string[]): AttributeType {
	const given = values.map((v) => v.trim()).filter(Boolean);
	if (!given.length) return 'text';
	const fits = (test: (v: string) => boolean) => given.filter(test).length >= given.length * 0.98;
	// A leading zero (a postcode, a phone number) is text, which keeps it.
	if (fits((v) => Number.isFinite(Number(v)) && !/^[+-]?0\d/.test(v))) return 'number';
	if (fits((v) => isoDate(v) !== null)) return 'date';
	return 'text';
}

/**
 * A field for each column from its name, the first column of a name winning; other columns become
 * attributes, typed from their values (or as already declared in the organisation). First and
 * last name columns are suggested only where no column holds the whole name.
 */
export function suggestMapping(table: Table, known: Map<string, AttributeType>): string[] {
	const byLower = new Map([...known.keys()].map((k) => [k.toLowerCase(), k]));
	const fields = table.header.map((name) => synonyms[compact(name)]);
	const taken = new Set<string>(fields.includes('name') ? ['firstName', 'lastName'] : []);
	return table.header.map((name, i) => {
		const field = fields[i];
		if (field && !taken.has(field)) {
			taken.add(field);
			return field;
		}
		let key = attributeKey(name, i);
		key = byLower.get(key.toLowerCase()) ?? key;
		for (let n = 2; taken.has(`attr:${key}`); n++) key = `${attributeKey(name, i)}${n}`;
		taken.add(`attr:${key}`);
		const type =
			known.get(key) ?? guessType(table.rows.slice(0, 5000).map((r) => r.values[i] ?? ''));
		return `attr:${key}:${type}`;
	});
}

/** A mapping's field, parsed; null when it is not one. */
export function parseField(
	field: string
):
	| { field: Exclude<Field, ''> }
	| { attribute: string; type: AttributeType }
	| { skip: true }
	| null {
	if (field === '') return { skip: true };
	if ((personFields as readonly string[]).includes(field))
		return { field: field as Exclude<Field, ''> };
	const m = /^attr:([^:]*):(text|number|date)$/.exec(field);
	if (m && attributeKeyPattern.test(m[1])) return { attribute: m[1], type: m[2] as AttributeType };
	return null;
}
