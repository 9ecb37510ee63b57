import { error } from '@sveltejs/kit';
import { downloadName } from '$lib/server/platform';
import { findById, requireOrg } from '$lib/server/http';
import { sharing } from '$lib/server/outreach';
import * as surveys from '$lib/server/surveys';
import type { RequestHandler } from './$types';

/** The QR code of the survey's link, or of one touchpoint's: `?format=svg|png&touchpoint=id`. */
export const GET: RequestHandler = async (event) => {
	const { org } = requireOrg(event, 'viewer');
	const survey = await findById(event.params.id, (id) => surveys.get(org.id, id));
	if (!survey.url) error(409, 'Publish the survey first: the QR code holds its public link.');
	const format = event.url.searchParams.get('format') === 'png' ? 'png' : 'svg';
	const touchpointId = event.url.searchParams.get('touchpoint');
	const touchpoint = touchpointId
		? await findById(touchpointId, (id) => sharing.getTouchpoint(org.id, survey.id, id))
		: null;
	const slug = survey.url.split('/s/')[1];
	const url = sharing.touchpointUrl(slug, touchpoint?.params ?? {});
	const name = downloadName(touchpoint?.name ?? survey.title, 'survey');
	const body = await sharing.qrCode(url, format);
	return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
		headers: {
			'content-type': format === 'png' ? 'image/png' : 'image/svg+xml',
			'content-disposition': `attachment; filename="${name}-qr.${format}"`,
			'cache-control': 'private, no-store'
		}
	});
};
