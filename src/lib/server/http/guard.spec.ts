import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeRedirect } from './guard';
import { slugify } from '../identity';

describe('safeRedirect', () => {
	it('never sends anyone off the site, whatever the input', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string({ unit: fc.constantFrom('/', '\\', '\t', '\n', ':', '.', 'a', '@', '%', ' ') })
				),
				(target) => {
					const result = safeRedirect(target);
					// What a browser does with the Location header: resolve it against the page.
					expect(result.startsWith('/')).toBe(true);
					expect(result.startsWith('//')).toBe(false);
					expect(result.startsWith('/\\')).toBe(false);
					expect(new URL(result, 'https://hearken.test').origin).toBe('https://hearken.test');
				}
			)
		);
	});

	it('keeps paths on the site and rejects the usual tricks', () => {
		expect(safeRedirect('/settings/members?tab=1')).toBe('/settings/members?tab=1');
		for (const evil of [
			'https://evil.test',
			'//evil.test',
			'//',
			'///',
			'/\\evil.test',
			'/\t/evil.test',
			'/.//evil.test',
			'/a/..//evil.test',
			'javascript:alert(1)',
			null
		]) {
			expect(safeRedirect(evil)).toBe('/');
		}
	});
});

describe('slugify', () => {
	it('always yields a non-empty, URL-safe slug of at most 40 characters', () => {
		fc.assert(
			fc.property(fc.string(), (name) => {
				expect(slugify(name)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
				expect(slugify(name).length).toBeLessThanOrEqual(40);
			})
		);
	});
});
