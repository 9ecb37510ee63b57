import { describe, expect, it } from 'vitest';
import { match } from './uuid';

describe('the uuid route parameter', () => {
	it('matches a record id, in either case', () => {
		expect(match('0b7c1d6e-3f5a-4c2b-9a8d-1e2f3a4b5c6d')).toBe(true);
		expect(match('0B7C1D6E-3F5A-4C2B-9A8D-1E2F3A4B5C6D')).toBe(true);
	});

	it('refuses anything else', () => {
		for (const bad of [
			'',
			'new',
			'not-an-id',
			'0b7c1d6e-3f5a-4c2b-9a8d-1e2f3a4b5c6',
			'0b7c1d6e-3f5a-4c2b-9a8d-1e2f3a4b5c6dd',
			'0b7c1d6e3f5a4c2b9a8d1e2f3a4b5c6d',
			'0b7c1d6e-3f5a-4c2b-9a8d-1e2f3a4b5c6g',
			"0b7c1d6e-3f5a-4c2b-9a8d-1e2f3a4b5c6d' or 1=1"
		])
			expect(match(bad), bad).toBe(false);
	});
});
