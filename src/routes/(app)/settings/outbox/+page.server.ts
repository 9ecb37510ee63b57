import { config } from '$lib/server/platform';
import { requireOrg } from '$lib/server/http';
import * as email from '$lib/server/platform';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'admin');
	return { messages: await email.listOutbox(org.id, org.role), smtp: Boolean(config.smtpUrl) };
};
