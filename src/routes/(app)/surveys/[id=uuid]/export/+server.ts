import { downloadName } from '$lib/server/platform';
import { findById, requireOrg } from '$lib/server/http';
import * as surveys from '$lib/server/surveys';
import type { RequestHandler } from './$types';

/** The newest definition as a JSON file: what the import (in any organisation) takes back. */
export const GET: RequestHandler = async (event) => {
	const { org } = requireOrg(event, 'viewer');
	const survey = await findById(event.params.id, (id) => surveys.get(org.id, id));
	const name = downloadName(survey.title, 'survey');
	return new Response(JSON.stringify(survey.definition, null, 2) + '\n', {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${name}-v${survey.version}.json"`,
			'cache-control': 'private, no-store'
		}
	});
};
