import ExcelJS from 'exceljs';
import { PassThrough, Readable } from 'node:stream';
import type { SurveyDefinition } from '../../survey/definition';
import { hiddenText } from '../../survey/anonymity';
import { headline } from '../../survey/headline';
import { isScoreType, measuredQuestions, type Metric } from '../../survey/metrics';
import { localize } from '../../survey/text';
import { checkIndividualsAllowed, responseTable } from '../responses';
import { type Results, type SegmentMetric } from './results';
import { type ResultsSurvey } from './survey';
import { csvRows, safeCell } from './spreadsheet';

// Spreadsheet exports: every response (CSV in response-table.ts, XLSX here, both streamed a page at
// a time) and the aggregated table a results view shows (within the anonymity threshold). Every
// cell passes through spreadsheet.ts, so nothing a respondent typed runs as a formula.

/** Every completed response as an XLSX workbook, written as it is read. */
export function responsesXlsx(survey: ResultsSurvey): ReadableStream<Uint8Array> {
	checkIndividualsAllowed(survey);
	const out = new PassThrough();
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
	const sheet = workbook.addWorksheet('Responses');
	const cols = responseTable.columns(survey.definition);
	(async () => {
		sheet.addRow(cols.map((c) => c.header)).commit();
		let cursor: string | null | undefined;
		do {
			const next = await responseTable.page(survey, { cursor, limit: 1000 });
			for (const row of next.responses)
				sheet.addRow(cols.map((c) => safeCell(c.read(row)))).commit();
			cursor = next.nextCursor;
		} while (cursor);
		sheet.commit();
		await workbook.commit();
	})().catch((error) => out.destroy(error));
	return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

type Table = { headers: string[]; rows: (string | number)[][] };

function figure(metric: SegmentMetric | undefined, threshold: number | null): (string | number)[] {
	if (!metric) return ['', '', '', '', ''];
	if ('suppressed' in metric && metric.suppressed)
		return [hiddenText(metric.reason, threshold), '', '', '', ''];
	const m = metric as Metric & SegmentMetric;
	// The same figure and interval the results page shows.
	const h = headline(m);
	const score = h?.value ?? '';
	const ci = h?.ci ?? ['', ''];
	const mark = m.significant === undefined ? '' : m.significant ? 'significant' : '';
	return [
		score,
		m.n,
		ci[0],
		ci[1],
		[mark, m.smallSample ? 'small sample' : ''].filter(Boolean).join(', ')
	];
}

/** The results view as a table: a row for everyone and one per segment, the scores in columns. */
export function aggregateTable(
	definition: SurveyDefinition,
	answer: Results,
	byLabel: string
): Table {
	const lang = definition.defaultLanguage;
	const questions = measuredQuestions(definition).filter((q) => isScoreType(q.type));
	const headers = [
		byLabel || 'Group',
		'Responses',
		...questions.flatMap((q) => {
			const text = localize(q.text, lang, lang);
			return [text, `${text}: n`, `${text}: 95% low`, `${text}: 95% high`, `${text}: notes`];
		})
	];
	const rows: (string | number)[][] = [];
	if (answer.suppressed) rows.push(['Everyone', hiddenText(answer.reason, answer.threshold)]);
	else
		rows.push([
			'Everyone',
			answer.responses ?? '',
			...questions.flatMap((q) => figure(answer.questions[q.id], answer.threshold))
		]);
	for (const s of answer.segments ?? []) {
		const name = s.value ?? 'Not given';
		if (s.suppressed) rows.push([name, hiddenText(s.reason, answer.threshold)]);
		else
			rows.push([
				name,
				s.responses,
				...questions.flatMap((q) => figure(s.questions[q.id], answer.threshold))
			]);
	}
	return { headers, rows: rows.map((r) => r.map(safeCell)) };
}

export function tableCsv(table: Table): string {
	return '\ufeff' + csvRows([table.headers, ...table.rows]);
}

export async function tableXlsx(table: Table, sheetName = 'Results'): Promise<ArrayBuffer> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet(sheetName);
	sheet.addRow(table.headers.map(safeCell)).font = { bold: true };
	for (const row of table.rows) sheet.addRow(row);
	const buffer = await workbook.xlsx.writeBuffer();
	return buffer instanceof ArrayBuffer ? buffer : new Uint8Array(buffer).slice().buffer;
}
