import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { config } from '$lib/server/platform';
import { requireOrg } from '$lib/server/http';
import * as email from '$lib/server/platform';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'admin');
	const id = z.uuid().safeParse(event.params.id);
	const message = id.success ? await email.getOutboxMessage(org.id, org.role, id.data) : null;
	if (!message) error(404, 'Not found');
	// Only links into Hearken become clickable: names in a message are user text.
	return { message, origin: config.origin };
};
