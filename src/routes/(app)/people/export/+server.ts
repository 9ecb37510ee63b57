import { error } from '@sveltejs/kit';
import { requireOrg } from '$lib/server/http';
import { peopleCsv, peopleXlsx } from '$lib/server/people';
import { filterFrom } from '../filter';
import type { RequestHandler } from './$types';

const types = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

/** The directory (with the list's filters) as CSV or XLSX, in the columns an import reads. */
export const GET: RequestHandler = async (event) => {
	const { org } = requireOrg(event, 'analyst');
	const format = event.url.searchParams.get('format');
	if (format !== 'csv' && format !== 'xlsx') error(400, 'Use format=csv or format=xlsx.');
	const { filter } = filterFrom(event.url.searchParams);
	const body = format === 'csv' ? peopleCsv(org.id, filter) : peopleXlsx(org.id, filter);
	return new Response(body, {
		headers: {
			'content-type': types[format],
			'content-disposition': `attachment; filename="people.${format}"`,
			'cache-control': 'private, no-store'
		}
	});
};
