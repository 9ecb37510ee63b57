import { error } from '@sveltejs/kit';
import { DomainError } from '$lib/server/errors';
import { findById, requireOrg } from '$lib/server/guard';
import * as responseTable from '$lib/server/response-table';
import * as results from '$lib/server/results';
import type { RequestHandler } from './$types';

/** Every response as CSV, for analysts; never for anonymous or confidential employee surveys. */
export const GET: RequestHandler = async (event) => {
	const { org } = requireOrg(event, 'analyst');
	const survey = await findById(event.params.id, (id) => results.load(org.id, id));
	if (event.url.searchParams.get('format') !== 'csv') error(400, 'Use format=csv.');
	try {
		responseTable.checkIndividualsAllowed(survey);
	} catch (e) {
		if (e instanceof DomainError) error(403, e.message);
		throw e;
	}
	const name = survey.title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60) || 'responses';
	return new Response(responseTable.csvStream(survey), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}-responses.csv"; filename*=UTF-8''${encodeURIComponent(name)}-responses.csv`,
			'cache-control': 'private, no-store'
		}
	});
};
