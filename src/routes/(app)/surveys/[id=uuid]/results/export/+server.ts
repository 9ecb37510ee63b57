import { error } from '@sveltejs/kit';
import { DomainError } from '$lib/server/platform';
import { findById, requireOrg } from '$lib/server/http';
import * as exports from '$lib/server/results';
import { responseTable } from '$lib/server/responses';
import * as results from '$lib/server/results';
import { pageParams, parseResultsQuery } from '$lib/server/results';
import type { RequestHandler } from './$types';

const types = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

/**
 * Exports for analysts: `table=responses` (every response; never for anonymous or confidential
 * employee surveys) or `table=results` (the results view, with its filters, within the threshold),
 * as CSV or XLSX, streamed.
 */
export const GET: RequestHandler = async (event) => {
	const { org } = requireOrg(event, 'analyst');
	const survey = await findById(event.params.id, (id) => results.load(org.id, id));
	const params = event.url.searchParams;
	const format = params.get('format');
	if (format !== 'csv' && format !== 'xlsx') error(400, 'Use format=csv or format=xlsx.');
	const table = params.get('table') ?? 'responses';
	const name = survey.title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60) || 'survey';
	const headers = (suffix: string) => ({
		'content-type': types[format],
		'content-disposition': `attachment; filename="${encodeURIComponent(name)}-${suffix}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}-${suffix}.${format}`,
		'cache-control': 'private, no-store'
	});
	try {
		if (table === 'responses') {
			const body =
				format === 'csv' ? responseTable.csvStream(survey) : exports.responsesXlsx(survey);
			return new Response(body, { headers: headers('responses') });
		}
		if (table !== 'results') error(400, 'Use table=responses or table=results.');
		const query = parseResultsQuery(survey, pageParams(params));
		const answer = await results.results(survey, query);
		const by = query.by ? results.fieldKey(query.by) : '';
		const aggregate = exports.aggregateTable(survey.definition, answer, by);
		const body =
			format === 'csv' ? exports.tableCsv(aggregate) : await exports.tableXlsx(aggregate);
		return new Response(body, { headers: headers('results') });
	} catch (e) {
		if (e instanceof DomainError && e.code === 'forbidden') error(403, e.message);
		if (e instanceof DomainError && e.code === 'invalid') error(400, e.message);
		throw e;
	}
};
