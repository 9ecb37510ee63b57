import { findById, requireOrg } from '$lib/server/http';
import { imports } from '$lib/server/people';
import type { RequestHandler } from './$types';

/** The rows an import refused, in the file's own columns plus its line and the reason. */
export const GET: RequestHandler = async (event) => {
	const { org } = requireOrg(event, 'admin');
	const csv = await findById(event.params.id, (id) => imports.errorsCsv(org.id, id));
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="refused-rows.csv"',
			'cache-control': 'private, no-store'
		}
	});
};
