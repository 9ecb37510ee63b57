import { config } from '$lib/server/config';
import * as email from '$lib/server/email';
import { requireOrg } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'admin');
	return { messages: await email.listOutbox(org.id, org.role), smtp: Boolean(config.smtpUrl) };
};
