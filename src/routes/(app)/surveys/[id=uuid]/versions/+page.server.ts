import { z } from 'zod';
import { findById, requireOrg } from '$lib/server/http';
import * as surveys from '$lib/server/surveys';
import { diffDefinitions, summarizeDiff } from '$lib/survey/diff';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'viewer');
	const survey = await findById(event.params.id, (id) => surveys.get(org.id, id));
	const versions = await surveys.versions(org.id, survey.id);
	const numbers = versions.map((v) => v.version);
	const pick = (name: string, fallback: number) => {
		const n = z.coerce.number().int().safeParse(event.url.searchParams.get(name));
		return n.success && numbers.includes(n.data) ? n.data : fallback;
	};
	const to = pick('to', numbers[0]);
	const from = pick('from', numbers.find((n) => n < to) ?? to);
	const [before, after] = await Promise.all([
		surveys.getVersion(org.id, survey.id, from),
		surveys.getVersion(org.id, survey.id, to)
	]);
	const diff = diffDefinitions(before, after);
	return {
		survey: { id: survey.id, title: survey.title, publishedVersion: survey.publishedVersion },
		versions,
		from,
		to,
		diff,
		summary: summarizeDiff(diff)
	};
};
