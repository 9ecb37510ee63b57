import { describe, expect, it } from 'vitest';
import * as sharing from './sharing';
import * as surveys from '../surveys';
import { makeAccount } from '../testing';

const definition = {
	title: 'Visit',
	audience: 'customer',
	mode: 'anonymous',
	hiddenFields: ['store', 'channel'],
	questions: [{ id: 'nps', type: 'nps', text: 'Score?' }]
};

describe('sharing', () => {
	it('keeps touchpoints to the survey’s own hidden fields, scoped by organisation', async () => {
		const a = await makeAccount('touchpoints');
		const b = await makeAccount('touchpoints-other');
		const survey = await surveys.create(a.orgId, definition, null);
		const created = await sharing.createTouchpoint(a.orgId, survey.id, {
			name: 'Store 12 checkout',
			params: { store: '12', channel: '' }
		});
		expect(created.params).toEqual({ store: '12' });
		await expect(
			sharing.createTouchpoint(a.orgId, survey.id, { name: 'X', params: { region: 'north' } })
		).rejects.toMatchObject({
			issues: [{ path: 'params', message: expect.stringContaining('region') }]
		});
		await expect(
			sharing.createTouchpoint(b.orgId, survey.id, { name: 'X', params: {} })
		).rejects.toMatchObject({ code: 'not_found' });
		await expect(sharing.getTouchpoint(b.orgId, survey.id, created.id)).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(sharing.removeTouchpoint(b.orgId, survey.id, created.id)).rejects.toMatchObject({
			code: 'not_found'
		});
		expect(await sharing.listTouchpoints(a.orgId, survey.id)).toHaveLength(1);
		expect(sharing.touchpointUrl('abc', { store: '12 & 13', channel: 'qr' })).toMatch(
			/\/s\/abc\?store=12\+%26\+13&channel=qr$/
		);
	});

	it('accept only https origins (or localhost) and redirect only to allowed ones', async () => {
		const a = await makeAccount('origins');
		await expect(
			sharing.setOrigins(a.orgId, 'redirectOrigins', ['http://evil.example'])
		).rejects.toMatchObject({ code: 'invalid' });
		expect(
			await sharing.setOrigins(a.orgId, 'redirectOrigins', [
				'https://www.example.com/any/path',
				'http://localhost:5173'
			])
		).toEqual(['https://www.example.com', 'http://localhost:5173']);
		expect(await sharing.thankYouRedirect(a.orgId, 'https://www.example.com/thanks')).toBe(
			'https://www.example.com/thanks'
		);
		for (const url of [
			'https://www.example.com.evil.example/',
			'https://evil.example/?https://www.example.com',
			'http://www.example.com/thanks',
			'javascript:alert(1)',
			undefined
		])
			expect(await sharing.thankYouRedirect(a.orgId, url), String(url)).toBeNull();
		expect(await sharing.frameOrigins(a.orgId)).toEqual([]);
	});

	it('encode a link as an SVG or PNG QR code', async () => {
		const svg = await sharing.qrCode('https://hearken.example/s/abc', 'svg');
		expect(String(svg)).toMatch(/^<svg/);
		const png = (await sharing.qrCode('https://hearken.example/s/abc', 'png')) as Buffer;
		expect(png.subarray(1, 4).toString()).toBe('PNG');
	});
});
