import { describe, expect, it } from 'vitest';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { DomainError } from '../platform';
import { refuse } from './forms';

const schema = z.object({
	name: z.string().default(''),
	core: z.array(z.string()).default([]),
	audienceValue: z.string().default('')
});

describe('a domain error as a form answer', () => {
	it('puts each issue beside its field and the message above the form, with the status', async () => {
		const form = await superValidate({ name: 'x' }, zod4(schema));
		const answer = refuse(
			form,
			new DomainError('The program is not valid.', 'invalid', [
				{ path: 'name', message: 'Name it' },
				{ path: 'core', message: 'No question "q9"' },
				{ path: 'audience.site', message: 'No such attribute' },
				{ path: 'startAt', message: 'Not on this form' }
			]),
			{ audience: 'audienceValue' }
		);
		expect(answer).toMatchObject({ status: 400 });
		expect(form.valid).toBe(false);
		expect(form.message).toEqual({ type: 'error', text: 'The program is not valid.' });
		expect(form.errors).toEqual({
			name: ['Name it'],
			core: { _errors: ['No question "q9"'] },
			audienceValue: ['No such attribute']
		});
		// What was typed stays, to be corrected rather than typed again.
		expect(form.data.name).toBe('x');
	});

	it('answers a conflict with 409, a missing record with the 404 page, and rethrows the rest', async () => {
		const form = await superValidate(zod4(schema));
		expect(refuse(form, new DomainError('Changed meanwhile.', 'conflict'))).toMatchObject({
			status: 409
		});
		expect(() => refuse(form, new DomainError('Gone.', 'not_found'))).toThrow(
			expect.objectContaining({ status: 404 })
		);
		const bug = new TypeError('bug');
		expect(() => refuse(form, bug)).toThrow(bug);
	});
});
