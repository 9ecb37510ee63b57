import { expect, it } from 'vitest';
import { defaultBody, defaultSubject } from './invitation-text';

it('shows the e-mail’s own English words, with the per-person fields to fill in', () => {
	expect(defaultSubject).toBe('Your view on: {{survey}}');
	expect(defaultBody).toBe(
		'Hello {{name}},\n\nWe would like to hear what you think. It takes a few minutes.\n\nThis link is yours alone and works once.'
	);
});
