import { z } from 'zod';
import type { Issue } from '$lib/issues';
import type { DistributionInput } from '$lib/server/outreach';
import { defaultBody, defaultSubject } from '$lib/invitation-text';

// The "Send by e-mail" form, posted as plain form fields (it works without JavaScript), read into
// the input of createDistribution. Issues name the form's fields, so each shows beside its field.

/** The texts distributions.ts sends when none is given, shown in the form to edit. */
export { defaultBody, defaultSubject };

export type Condition = { attr: string; value: string };

export type FormValues = {
	mode: 'attributes' | 'emails';
	conditions: Condition[];
	/** Only people under this manager (their external id or e-mail); '' for everyone. */
	under: string;
	emails: string;
	when: 'now' | 'later';
	/** The datetime-local field's value (no time zone). */
	sendAt: string;
	reminders: string;
	subject: string;
	body: string;
	expiresInDays: string;
};

export function defaultValues(): FormValues {
	return {
		mode: 'attributes',
		conditions: [{ attr: '', value: '' }],
		under: '',
		emails: '',
		when: 'now',
		sendAt: '',
		reminders: '',
		subject: defaultSubject,
		body: defaultBody,
		expiresInDays: '30'
	};
}

const text = (form: FormData, name: string, max = 20_000) => {
	const value = form.get(name);
	return typeof value === 'string' ? value.slice(0, max) : '';
};

/** The posted fields as the form shows them again. */
export function readValues(form: FormData): FormValues {
	const attrs = form.getAll('attr').map(String);
	const values = form.getAll('value').map(String);
	const conditions = attrs
		.slice(0, 20)
		.map((attr, i) => ({ attr: attr.slice(0, 64), value: (values[i] ?? '').slice(0, 500) }));
	return {
		mode: form.get('mode') === 'emails' ? 'emails' : 'attributes',
		conditions: conditions.length ? conditions : [{ attr: '', value: '' }],
		under: text(form, 'under', 320).trim(),
		emails: text(form, 'emails', 400_000),
		when: form.get('when') === 'later' ? 'later' : 'now',
		sendAt: text(form, 'sendAt', 40),
		reminders: text(form, 'reminders', 200),
		subject: text(form, 'subject', 1000),
		body: text(form, 'body'),
		expiresInDays: text(form, 'expiresInDays', 10)
	};
}

/** The attribute conditions that are filled in, or issues for half-filled and repeated ones. */
export function attributesOf(conditions: Condition[]): {
	attributes: Record<string, string>;
	issues: Issue[];
} {
	const attributes: Record<string, string> = {};
	const issues: Issue[] = [];
	for (const { attr, value } of conditions) {
		if (!attr && !value.trim()) continue;
		if (!attr) issues.push({ path: 'conditions', message: `Choose an attribute for “${value}”` });
		else if (!value.trim())
			issues.push({ path: 'conditions', message: `Give a value for ${attr}` });
		else if (attr in attributes)
			issues.push({ path: 'conditions', message: `Choose ${attr} only once` });
		else attributes[attr] = value.trim();
	}
	return { attributes, issues };
}

const email = z.email();
const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

/**
 * The distribution the form asks for, or the issues that keep it from being sent. `sendAtIso`
 * is the time the page's script computed in the browser's time zone; without it the
 * datetime-local value is read as UTC (the page says so).
 */
export function parseForm(
	form: FormData,
	now = new Date()
): { values: FormValues; input: DistributionInput | null; issues: Issue[] } {
	const values = readValues(form);
	const issues: Issue[] = [];

	let audience: DistributionInput['audience'];
	if (values.mode === 'emails') {
		const emails = [
			...new Set(
				values.emails
					.split(/[\s,;]+/)
					.map((e) => e.trim().toLowerCase())
					.filter(Boolean)
			)
		];
		const wrong = emails.filter((e) => !email.safeParse(e).success);
		if (!emails.length) issues.push({ path: 'emails', message: 'Give at least one address' });
		else if (wrong.length)
			issues.push({
				path: 'emails',
				message: `Not e-mail addresses: ${wrong.slice(0, 5).join(', ')}${wrong.length > 5 ? ` and ${wrong.length - 5} more` : ''}`
			});
		else if (emails.length > 10_000)
			issues.push({ path: 'emails', message: 'At most 10,000 addresses; use attributes for more' });
		audience = { emails };
	} else {
		const read = attributesOf(values.conditions);
		issues.push(...read.issues);
		// The manager is named as people know them; the page finds their id before sending.
		audience = { attributes: read.attributes, ...(values.under ? { under: values.under } : {}) };
	}

	let sendAt: string | undefined;
	if (values.when === 'later') {
		const iso = text(form, 'sendAtIso', 40);
		const at = z.iso.datetime({ offset: true }).safeParse(iso).success
			? new Date(iso)
			: localDateTime.test(values.sendAt)
				? new Date(`${values.sendAt}Z`)
				: null;
		if (!at || Number.isNaN(at.getTime()))
			issues.push({ path: 'sendAt', message: 'Choose a date and time, or send now' });
		else if (at.getTime() < now.getTime() - 60_000)
			issues.push({ path: 'sendAt', message: 'Choose a time in the future, or send now' });
		else sendAt = at.toISOString();
	}

	const days = values.reminders
		.split(/[\s,;]+|\band\b/)
		.map((d) => d.trim())
		.filter(Boolean);
	if (days.some((d) => !/^\d{1,3}$/.test(d)))
		issues.push({ path: 'reminders', message: 'Write whole days, for example 3, 5' });
	const reminders = [...new Set(days.map(Number))].sort((a, b) => a - b);

	const expires = values.expiresInDays.trim();
	if (!/^\d{1,3}$/.test(expires))
		issues.push({ path: 'expiresInDays', message: 'Write a whole number of days, 1 to 365' });

	const subject = values.subject.trim();
	const body = values.body.trim();
	if (subject.length > 200) issues.push({ path: 'subject', message: 'At most 200 characters' });
	if (body.length > 10_000) issues.push({ path: 'body', message: 'At most 10,000 characters' });

	if (issues.length) return { values, input: null, issues };
	return {
		values,
		issues,
		input: {
			channel: 'email',
			audience,
			sendAt,
			reminders,
			// Left as shown, the default words go out in each person's language.
			subject: subject && subject !== defaultSubject ? subject : undefined,
			// (A browser posts a textarea's lines with CRLF.)
			body: body && body.replace(/\r\n/g, '\n') !== defaultBody.trim() ? body : undefined,
			expiresInDays: Number(expires)
		}
	};
}

/** createDistribution's issues (paths in its input) as issues of the form's fields. */
export function formIssues(issues: Issue[], values: FormValues, emails: string[] = []): Issue[] {
	return issues.map(({ path, message }) => {
		const [head, second, third] = path.split('.');
		if (head === 'audience') {
			if (second === 'emails' && third !== undefined && emails[Number(third)])
				return { path: 'emails', message: `${emails[Number(third)]}: ${message}` };
			if (second === 'attributes' && third)
				return { path: 'conditions', message: `${third}: ${message}` };
			if (second === 'under') return { path: 'under', message };
			return { path: values.mode === 'emails' ? 'emails' : 'conditions', message };
		}
		const field = ['sendAt', 'reminders', 'subject', 'body', 'expiresInDays'].find(
			(f) => f === head
		);
		return { path: field ?? '', message };
	});
}
