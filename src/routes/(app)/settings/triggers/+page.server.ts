import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { DomainError } from '$lib/server/errors';
import { readForm, requireOrg } from '$lib/server/guard';
import * as surveys from '$lib/server/surveys';
import * as triggers from '$lib/server/triggers';
import type { Actions, PageServerLoad } from './$types';

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
		surveys: list.map((s) => ({ id: s.id, title: s.title, status: s.status }))
	};
};

/** Problems by field, for the form that was sent. */
function refused(e: unknown, form: string) {
	if (!(e instanceof DomainError) || e.code === 'not_found') throw e;
	const errors: Record<string, string> = {};
	for (const issue of e.issues ?? []) errors[issue.path.split('.')[0] || 'form'] ??= issue.message;
	return fail(400, { form, message: e.message, errors });
}

const ruleId = async (request: Request) => {
	const id = z.uuid().safeParse((await readForm(request)).get('ruleId'));
	if (!id.success) error(404, 'Not found');
	return id.data;
};

export const actions: Actions = {
	frequency: async (event) => {
		const { org } = requireOrg(event, 'admin');
		const raw = String((await readForm(event.request)).get('days') ?? '').trim();
		try {
			await triggers.setContactFrequency(org.id, raw === '' ? null : Number(raw));
		} catch (e) {
			return refused(e, 'frequency');
		}
		return { saved: 'frequency' };
	},
	create: async (event) => {
		const { org } = requireOrg(event, 'admin');
		const form = await readForm(event.request);
		const hiddenFields: Record<string, string> = {};
		// One "field = data.path" per line.
		for (const line of String(form.get('hiddenFields') ?? '').split('\n')) {
			const [field, path] = line.split('=').map((p) => p.trim());
			if (field && path) hiddenFields[field] = path;
		}
		try {
			await triggers.createRule(org.id, {
				eventType: form.get('eventType'),
				surveyId: form.get('surveyId'),
				delayMinutes: Number(form.get('delayValue') || 0) * Number(form.get('delayUnit') || 1),
				hiddenFields
			});
		} catch (e) {
			return refused(e, 'create');
		}
		return { saved: 'rule' };
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
