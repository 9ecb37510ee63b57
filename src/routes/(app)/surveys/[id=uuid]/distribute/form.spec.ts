import { describe, expect, it } from 'vitest';
import { defaultBody, defaultSubject, formIssues, parseForm, readValues } from './form';

const formOf = (fields: [string, string][]) => {
	const form = new FormData();
	for (const [k, v] of fields) form.append(k, v);
	return form;
};
const now = new Date('2030-01-01T12:00:00Z');

describe('the send form', () => {
	it('reads attribute conditions, reminders in any order and the default texts', () => {
		const { input, issues } = parseForm(
			formOf([
				['mode', 'attributes'],
				['attr', 'department'],
				['value', ' Sales '],
				['attr', ''],
				['value', ''],
				['when', 'now'],
				['reminders', '5, 3 3'],
				['subject', ' '],
				['body', 'Hi {{name}}'],
				['expiresInDays', '30']
			]),
			now
		);
		expect(issues).toEqual([]);
		expect(input).toEqual({
			channel: 'email',
			audience: { attributes: { department: 'Sales' } },
			sendAt: undefined,
			reminders: [3, 5],
			subject: undefined,
			body: 'Hi {{name}}',
			expiresInDays: 30
		});
	});

	it('sends the default words unchanged as none, so each person gets them in their language', () => {
		const { input } = parseForm(
			formOf([
				['mode', 'emails'],
				['emails', 'a@example.test'],
				['subject', defaultSubject],
				['body', defaultBody.replace(/\n/g, '\r\n')],
				['expiresInDays', '30']
			]),
			now
		);
		expect(input).toMatchObject({ subject: undefined, body: undefined });
	});

	it('splits addresses on lines and commas and names the wrong ones', () => {
		const ok = parseForm(
			formOf([
				['mode', 'emails'],
				['emails', 'A@example.test,\nb@example.test; a@example.test'],
				['expiresInDays', '7']
			]),
			now
		);
		expect(ok.input?.audience).toEqual({ emails: ['a@example.test', 'b@example.test'] });
		const wrong = parseForm(
			formOf([
				['mode', 'emails'],
				['emails', 'a@example.test, nobody'],
				['expiresInDays', '7']
			]),
			now
		);
		expect(wrong.issues).toEqual([{ path: 'emails', message: 'Not e-mail addresses: nobody' }]);
		const empty = parseForm(
			formOf([
				['mode', 'emails'],
				['emails', ' \n'],
				['expiresInDays', '7']
			])
		);
		expect(empty.issues).toEqual([{ path: 'emails', message: 'Give at least one address' }]);
	});

	it("takes the browser's time, else reads the field as UTC, and refuses the past", () => {
		const base: [string, string][] = [
			['when', 'later'],
			['expiresInDays', '30']
		];
		const browser = parseForm(
			formOf([...base, ['sendAt', '2030-01-02T09:00'], ['sendAtIso', '2030-01-02T08:00:00.000Z']]),
			now
		);
		expect(browser.input?.sendAt).toBe('2030-01-02T08:00:00.000Z');
		const utc = parseForm(formOf([...base, ['sendAt', '2030-01-02T09:00']]), now);
		expect(utc.input?.sendAt).toBe('2030-01-02T09:00:00.000Z');
		const past = parseForm(formOf([...base, ['sendAt', '2029-12-31T09:00']]), now);
		expect(past.issues.map((i) => i.path)).toEqual(['sendAt']);
		const missing = parseForm(formOf(base), now);
		expect(missing.issues).toEqual([
			{ path: 'sendAt', message: 'Choose a date and time, or send now' }
		]);
	});

	it('refuses half-filled conditions and days that are not numbers', () => {
		const { issues } = parseForm(
			formOf([
				['attr', 'department'],
				['value', ''],
				['attr', ''],
				['value', 'Paris'],
				['reminders', 'three'],
				['expiresInDays', 'x']
			]),
			now
		);
		expect(issues.map((i) => i.path)).toEqual([
			'conditions',
			'conditions',
			'reminders',
			'expiresInDays'
		]);
	});

	it("puts the server's issues beside the form's fields", () => {
		const values = readValues(formOf([['mode', 'emails']]));
		expect(
			formIssues(
				[
					{ path: 'audience.emails.1', message: 'Not valid' },
					{ path: 'audience', message: 'No recipients' },
					{ path: 'reminders.0', message: 'At least 1 day' },
					{ path: 'other', message: 'Something' }
				],
				values,
				['a@example.test', 'b@example.test']
			)
		).toEqual([
			{ path: 'emails', message: 'b@example.test: Not valid' },
			{ path: 'emails', message: 'No recipients' },
			{ path: 'reminders', message: 'At least 1 day' },
			{ path: '', message: 'Something' }
		]);
	});
});
