import { describe, expect, it } from 'vitest';
import * as exports from './exports';
import { runDueJobs } from '../platform';
import * as people from '../people';
import { peopleCsv, imports } from '../people';
import { responseTable } from '../responses';
import * as results from '.';
import { publishedSurvey, store, makeAccount } from '../testing';
import { csvRows, safeCell } from './spreadsheet';

// What went wrong: the CSV exports made a cell formula-safe only when it *started* with =, +, -
// or @, and wrote `a;=1+1` unquoted (csv-stringify quotes commas, not semicolons). Excel in a
// locale whose list separator is `;` (most of Europe) splits that line at the semicolon, so the
// second cell `=1+1` ran as a formula: anyone who could type a name, an attribute or an answer
// could plant a formula (`=HYPERLINK(...)`, DDE) in an admin's spreadsheet. Quoting alone does
// not help: Excel honours a quote only at the start of the piece it splits, and our quotes sit
// at the comma. Now an apostrophe goes before a formula character at the start of a cell and
// after every separator and line break in it, cells holding `;` or a tab are quoted too, and
// every CSV export writes through the one function that does it (spreadsheet.ts).

const payloads = ['a;=1+1', 'b\t=2+2', 'c,+3', 'd\n@SUM(A1)', 'e;-4'];

/** The cells a spreadsheet sees when it splits lines on `separator` and honours double quotes. */
function cellsAsExcelSees(csv: string, separator: string): string[] {
	const cells: string[] = [];
	const text = csv.replace(/^\ufeff/, '');
	let i = 0;
	while (i < text.length) {
		let cell = '';
		if (text[i] === '"') {
			i++;
			while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) {
				cell += text[i];
				i += text[i] === '"' ? 2 : 1;
			}
			i++;
		}
		while (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r')
			cell += text[i++];
		cells.push(cell);
		if (text[i] === '\r') i++;
		i++;
	}
	return cells;
}

/** Every cell that a spreadsheet splitting on a comma, a semicolon or a tab would run. */
function formulas(csv: string): string[] {
	return [',', ';', '\t'].flatMap((sep) =>
		cellsAsExcelSees(csv, sep).filter(
			(cell) => /^[=+\-@]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell) // a negative number is one
		)
	);
}

describe('spreadsheet cells', () => {
	it('neutralise every text cell a spreadsheet would run as a formula, and keep numbers', () => {
		for (const text of ['=1+1', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])
			expect(safeCell(text)).toBe(`'${text}`);
		expect(safeCell('fine = good')).toBe('fine = good');
		expect(safeCell(-12.5)).toBe(-12.5);
		expect(safeCell(undefined)).toBe('');
	});

	it('neutralise a formula after any separator or line break, once, and quote the cell', () => {
		expect(payloads.map(safeCell)).toEqual([
			"a;'=1+1",
			"b\t'=2+2",
			"c,'+3",
			"d\n'@SUM(A1)",
			"e;'-4"
		]);
		expect(safeCell('=1;"=2')).toBe(`'=1;'"=2`);
		expect(safeCell(safeCell('=1;"=2'))).toBe(`'=1;'"=2`);
		expect(safeCell('a; = b, -')).toBe('a; = b, -');
		expect(csvRows([['a;=1+1', 'b\t=2', 'plain', 3]])).toBe(`"a;'=1+1","b\t'=2",plain,3\n`);
		expect(formulas(csvRows([payloads]))).toEqual([]);
		// The check itself finds what an unquoted, unprefixed line would run.
		expect(formulas('x,a;=1+1\n')).toEqual(['=1+1']);
	});

	it('leave no formula in any CSV export: responses, results table, people, refused rows', async () => {
		const account = await makeAccount('formula');
		const survey = await publishedSurvey(
			{
				title: 'Visit',
				audience: 'customer',
				mode: 'identified',
				hiddenFields: ['store'],
				questions: [
					{ id: 'nps', type: 'nps', text: 'Recommend?' },
					{ id: 'note', type: 'text', text: 'Note' }
				]
			},
			account.orgId
		);
		await store(
			survey,
			payloads.map((text, i) => ({ answers: { nps: i, note: text }, hidden: { store: text } }))
		);
		const responses = await new Response(responseTable.csvStream(survey)).text();
		expect(responses).toContain("a;'=1+1");
		expect(formulas(responses)).toEqual([]);

		const answer = await results.results(survey, { filters: [], by: 'h:store' });
		const table = await exports.tableCsv(exports.aggregateTable(survey.definition, answer, 'x;=1'));
		expect(table).toContain("e;'-4");
		expect(formulas(table)).toEqual([]);

		await people.upsertPeople(
			account.orgId,
			payloads.map((text, i) => ({
				email: `p${i}@example.com`,
				name: text,
				attributes: { note: text }
			}))
		);
		const directory = await new Response(peopleCsv(account.orgId)).text();
		expect(directory).toContain("b\t'=2+2");
		expect(formulas(directory)).toEqual([]);

		const file = ['email;name;level', ...payloads.map((text) => `"${text}";x;"${text}"`)].join(
			'\n'
		);
		const preview = await imports.createImport(
			account.orgId,
			null,
			'people.csv',
			new TextEncoder().encode(file)
		);
		await imports.startImport(
			account.orgId,
			preview.id,
			{ 0: 'email', 1: 'name', 2: 'attr:level:number' },
			'customer'
		);
		await runDueJobs();
		const refused = await imports.errorsCsv(account.orgId, preview.id);
		expect(refused).toContain("c,'+3");
		expect(formulas(refused)).toEqual([]);
	});
});
