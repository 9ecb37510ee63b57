import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import * as exports from './exports';
import * as results from '.';
import { publishedSurvey, store } from '../testing';

describe('exports', () => {
	it('stream every response to XLSX, formulas as text', async () => {
		const survey = await publishedSurvey({
			title: 'Visit',
			audience: 'customer',
			mode: 'identified',
			hiddenFields: ['store'],
			questions: [
				{ id: 'nps', type: 'nps', text: 'Recommend?' },
				{ id: 'note', type: 'text', text: 'Note' }
			]
		});
		await store(survey, [
			{ answers: { nps: 9, note: '=cmd|"/c calc"!A1' }, hidden: { store: '@north' } },
			{ answers: { nps: 3 }, hidden: { store: 'south' } }
		]);
		const bytes = Buffer.from(await new Response(exports.responsesXlsx(survey)).arrayBuffer());
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(bytes as unknown as ArrayBuffer);
		const sheet = book.getWorksheet('Responses')!;
		expect(sheet.getRow(1).values).toEqual([
			undefined,
			'id',
			'completed_at',
			'language',
			'version',
			'hidden.store',
			'nps',
			'note'
		]);
		const rows = [2, 3].map((i) => sheet.getRow(i).values as unknown[]);
		const first = rows.find((r) => r[6] === 9)!;
		expect(first[5]).toBe("'@north");
		expect(first[7]).toBe(`'=cmd|"/c calc"!A1`);
		expect(sheet.getRow(2).getCell(6).type).toBe(ExcelJS.ValueType.Number);
	});

	it('export the results table within the threshold', async () => {
		const survey = await publishedSurvey({
			title: 'Pulse',
			audience: 'employee',
			mode: 'anonymous',
			hiddenFields: ['team'],
			questions: [{ id: 'enps', type: 'enps', text: 'Recommend us?' }]
		});
		await store(
			survey,
			['a', 'a', 'a', 'a', 'a', 'a', 'b', 'b', 'b', 'b', 'b', 'c'].map((team, i) => ({
				answers: { enps: i % 11 },
				hidden: { team }
			}))
		);
		const answer = await results.results(survey, { filters: [], by: 'h:team' });
		const table = exports.aggregateTable(survey.definition, answer, 'team');
		expect(table.headers.slice(0, 3)).toEqual(['team', 'Responses', 'Recommend us?']);
		expect(table.rows.map((r) => r.slice(0, 2))).toEqual([
			['Everyone', 12],
			['a', 6],
			// b (5) hides only to protect c (1), but saying so would pin c at 6 − 5 = 1.
			['b', 'fewer than 5 responses, or hidden to protect a smaller group'],
			['c', 'fewer than 5 responses, or hidden to protect a smaller group']
		]);
		expect(exports.tableCsv(table).split('\n')[2]).toMatch(/^a,6,/);
	});

	it('refuse the responses of anonymous and confidential employee surveys', async () => {
		const survey = await publishedSurvey({
			title: 'Pulse',
			audience: 'employee',
			mode: 'anonymous',
			questions: [{ id: 'enps', type: 'enps', text: 'Recommend us?' }]
		});
		expect(() => exports.responsesXlsx(survey)).toThrow(/promised its respondents anonymity/);
	});
});
