import { error, fail } from '@sveltejs/kit';
import { hasRole } from '$lib/roles';
import { distributions, sending } from '$lib/server/outreach';
import { DomainError } from '$lib/server/platform';
import { findById, readForm, requireOrg } from '$lib/server/http';
import * as people from '$lib/server/people';
import type { Issue } from '$lib/issues';
import { attributesOf, defaultValues, formIssues, parseForm, readValues } from './form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'analyst');
	const survey = await findById(event.params.id, (id) => sending.surveyForSending(org.id, id));
	const canSend = hasRole(org.role, 'editor') && survey.status === 'published';
	return {
		survey,
		canEdit: hasRole(org.role, 'editor'),
		attributes: canSend ? await sending.audienceAttributes(org.id, survey.kind) : [],
		defaults: defaultValues(),
		distributions: await distributions.listDistributions(org.id, survey.id)
	};
};

/** The form again, with its issues: in a list at the top and beside each field. */
function refused(
	status: number,
	values: ReturnType<typeof readValues>,
	message: string,
	issues: Issue[]
) {
	return fail(status, { values, message, issues });
}

export const actions: Actions = {
	/** Counts the people the chosen attributes reach; also adds or removes a condition row. */
	preview: async (event) => {
		const { org } = requireOrg(event, 'editor');
		const survey = await findById(event.params.id, (id) => sending.surveyForSending(org.id, id));
		const form = await readForm(event.request);
		const values = readValues(form);
		const remove = Number(form.get('remove'));
		if (form.has('remove') && Number.isInteger(remove))
			values.conditions = values.conditions.filter((_, i) => i !== remove);
		if (form.has('add') && values.conditions.length < 20)
			values.conditions = [...values.conditions, { attr: '', value: '' }];
		if (!values.conditions.length) values.conditions = [{ attr: '', value: '' }];
		const { attributes, issues } = attributesOf(values.conditions);
		const known = await people.attributeTypes(org.id);
		for (const key of Object.keys(attributes))
			if (!known.has(key)) issues.push({ path: 'conditions', message: `No attribute ${key}` });
		let under: string | undefined;
		if (values.under) {
			under = (await people.findByKey(org.id, values.under)) ?? undefined;
			if (!under)
				issues.push({ path: 'under', message: 'Nobody in the directory has this e-mail or id' });
		}
		if (issues.length) return refused(400, values, 'The audience cannot be counted.', issues);
		const preview = await sending.audiencePreview(org.id, survey.kind, attributes, under);
		const reason =
			preview.reachable === 0
				? await distributions.whyNobody(org.id, survey.kind, attributes, under)
				: null;
		return { values, preview: { ...preview, attributes, under: values.under, reason } };
	},
	send: async (event) => {
		const { org, user } = requireOrg(event, 'editor');
		const survey = await findById(event.params.id, (id) => sending.surveyForSending(org.id, id));
		const form = await readForm(event.request);
		const { values, input, issues } = parseForm(form);
		if (survey.status !== 'published')
			return refused(409, values, 'Publish the survey before sending it.', []);
		if (!input) return refused(400, values, 'The invitations were not sent.', issues);
		if ('attributes' in input.audience && input.audience.under) {
			const manager = await people.findByKey(org.id, input.audience.under);
			if (!manager)
				return refused(400, values, 'The invitations were not sent.', [
					{ path: 'under', message: 'Nobody in the directory has this e-mail or id' }
				]);
			input.audience.under = manager;
		}
		try {
			const created = await distributions.createDistribution(org.id, survey.id, input, user.id);
			return { created: { ...created, sendAt: input.sendAt ?? null } };
		} catch (e) {
			if (!(e instanceof DomainError)) throw e;
			if (e.code === 'not_found') error(404, 'Not found');
			const emails = 'emails' in input.audience ? input.audience.emails : [];
			return refused(
				e.code === 'conflict' ? 409 : 400,
				values,
				e.message,
				formIssues(e.issues ?? [], values, emails)
			);
		}
	}
};
