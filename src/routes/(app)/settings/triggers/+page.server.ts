import { error, fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { contactFrequencyFormSchema, triggerRuleFormSchema } from '$lib/schemas';
import { DomainError } from '$lib/server/platform';
import { refuse, readForm, requireOrg } from '$lib/server/http';
import * as surveys from '$lib/server/surveys';
import { triggers } from '$lib/server/outreach';
import type { Actions, PageServerLoad } from './$types';

const frequency = zod4(contactFrequencyFormSchema);
const rule = zod4(triggerRuleFormSchema);

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'admin');
	const [rules, events, days, list] = await Promise.all([
		triggers.listRules(org.id),
		triggers.recentEvents(org.id),
		triggers.contactFrequency(org.id),
		surveys.list(org.id, {})
	]);
	return {
		rules,
		events,
		contactFrequencyDays: days,
		surveys: list.map((s) => ({ id: s.id, title: s.title, status: s.status })),
		frequencyForm: await superValidate({ days: days === null ? '' : String(days) }, frequency, {
			id: 'frequency',
			errors: false
		}),
		ruleForm: await superValidate(rule, { id: 'rule' })
	};
};

const ruleId = async (request: Request) => {
	const id = z.uuid().safeParse((await readForm(request)).get('ruleId'));
	if (!id.success) error(404, 'Not found');
	return id.data;
};

export const actions: Actions = {
	frequency: async (event) => {
		const { org } = requireOrg(event, 'admin');
		const form = await superValidate(event.request, frequency, { id: 'frequency' });
		if (!form.valid) return fail(400, { form });
		const raw = form.data.days.trim();
		try {
			await triggers.setContactFrequency(org.id, raw === '' ? null : Number(raw));
		} catch (e) {
			return refuse(form, e, { contactFrequencyDays: 'days' });
		}
		return message(form, { type: 'success', text: 'Saved.' });
	},
	create: async (event) => {
		const { org } = requireOrg(event, 'admin');
		const form = await superValidate(event.request, rule, { id: 'rule' });
		if (!form.valid) return fail(400, { form });
		const typed = form.data;
		const hiddenFields: Record<string, string> = {};
		// One "field = data.path" per line.
		for (const line of typed.hiddenFields.split('\n')) {
			const [field, path] = line.split('=').map((p) => p.trim());
			if (field && path) hiddenFields[field] = path;
		}
		try {
			await triggers.createRule(org.id, {
				eventType: typed.eventType,
				surveyId: typed.surveyId,
				delayMinutes: Number(typed.delayValue || 0) * Number(typed.delayUnit),
				hiddenFields
			});
		} catch (e) {
			return refuse(form, e, { delayMinutes: 'delayValue' });
		}
		return message(form, { type: 'success', text: 'Rule added.' });
	},
	toggle: async (event) => {
		const { org } = requireOrg(event, 'admin');
		const form = await readForm(event.request);
		const id = z.uuid().safeParse(form.get('ruleId'));
		if (!id.success) error(404, 'Not found');
		try {
			await triggers.setRuleActive(org.id, id.data, form.get('active') === 'true');
		} catch (e) {
			if (e instanceof DomainError && e.code === 'not_found') error(404, 'Not found');
			throw e;
		}
		return { saved: 'toggle' };
	},
	delete: async (event) => {
		const { org } = requireOrg(event, 'admin');
		try {
			await triggers.deleteRule(org.id, await ruleId(event.request));
		} catch (e) {
			if (e instanceof DomainError && e.code === 'not_found') error(404, 'Not found');
			throw e;
		}
		return { saved: 'delete' };
	}
};
