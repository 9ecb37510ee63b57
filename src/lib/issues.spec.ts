import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuesOf } from './issues';
import { surveyDefinitionSchema } from './survey/definition';

describe('issuesOf', () => {
	it('says what zod finds in plain words, and keeps the words a schema chose', () => {
		const schema = z.object({
			long: z.string().max(2000),
			empty: z.string().min(1),
			whole: z.number().int().min(3),
			kind: z.enum(['customer', 'employee']),
			few: z.array(z.string()).max(2),
			missing: z.string(),
			email: z.email(),
			id: z.string().regex(/^[a-z]+$/, 'Use lower-case letters')
		});
		const parsed = schema.safeParse({
			long: 'x'.repeat(2001),
			empty: '',
			whole: 1,
			kind: 'robot',
			few: ['a', 'b', 'c'],
			email: 'nobody',
			id: 'A'
		});
		expect(issuesOf(parsed.error!)).toEqual([
			{ path: 'long', message: 'At most 2,000 characters' },
			{ path: 'empty', message: 'Cannot be empty' },
			{ path: 'whole', message: 'At least 3' },
			{ path: 'kind', message: 'Choose one of: customer, employee' },
			{ path: 'few', message: 'At most 2 items' },
			{ path: 'missing', message: 'Required' },
			{ path: 'email', message: 'Not an e-mail address' },
			{ path: 'id', message: 'Use lower-case letters' }
		]);
	});

	it('gives the designer no raw validation text for a survey', () => {
		const parsed = surveyDefinitionSchema.safeParse({
			title: 'Visit',
			audience: 'customer',
			mode: 'anonymous',
			questions: [{ id: 'q', type: 'text', text: 'Why?', maxLength: 20_001 }]
		});
		const issues = issuesOf(parsed.error!);
		expect(issues).toEqual([{ path: 'questions.0.maxLength', message: 'At most 20,000' }]);
		for (const issue of issues) expect(issue.message).not.toMatch(/expected|<=|>=/);
	});
});
