import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { findById, readForm, requireOrg } from '$lib/server/http';
import * as jobs from '$lib/server/platform';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'admin');
	return { jobs: await jobs.troubledJobs(org.id) };
};

export const actions: Actions = {
	retry: async (event) => {
		const { org } = requireOrg(event, 'admin');
		const id = z.uuid().safeParse((await readForm(event.request)).get('jobId'));
		if (!id.success) error(404, 'Not found');
		await findById(id.data, (jobId) => jobs.retryJob(org.id, jobId));
		return { retried: id.data };
	}
};
