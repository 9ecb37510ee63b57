import { and, asc, count, eq } from 'drizzle-orm';
import QRCode from 'qrcode';
import { z } from 'zod';
import { issuesOf } from '../../issues';
import { db, schema } from '../db';
import { DomainError } from '../platform';
import { forgetOpenSurveys } from '../responses';
import * as surveys from '../surveys';

// How a survey reaches respondents: its link, touchpoint links with QR codes, and embeds on the
// organisation's own sites.

const maxTouchpoints = 500;

export const touchpointSchema = z.object({
	name: z.string().trim().min(1, 'Name the touchpoint').max(100, 'Use at most 100 characters'),
	params: z.record(z.string(), z.string().trim().max(200, 'Use at most 200 characters'))
});

export function touchpointUrl(slug: string, params: Record<string, string>) {
	const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== ''));
	const url = surveys.publicUrl(slug);
	return query.size ? `${url}?${query}` : url;
}

export async function listTouchpoints(orgId: string, surveyId: string) {
	return db
		.select({
			id: schema.touchpoint.id,
			name: schema.touchpoint.name,
			params: schema.touchpoint.params,
			createdAt: schema.touchpoint.createdAt
		})
		.from(schema.touchpoint)
		.where(and(eq(schema.touchpoint.orgId, orgId), eq(schema.touchpoint.surveyId, surveyId)))
		.orderBy(asc(schema.touchpoint.createdAt));
}

/** A touchpoint sets only the survey's own hidden fields. */
export async function createTouchpoint(orgId: string, surveyId: string, input: unknown) {
	const survey = await surveys.get(orgId, surveyId);
	const parsed = touchpointSchema.safeParse(input);
	if (!parsed.success)
		throw new DomainError('The touchpoint is not valid.', 'invalid', issuesOf(parsed.error));
	const known = new Set(survey.definition.hiddenFields);
	const unknown = Object.keys(parsed.data.params).filter((k) => !known.has(k));
	if (unknown.length)
		throw new DomainError('The touchpoint is not valid.', 'invalid', [
			{ path: 'params', message: `Not hidden fields of this survey: ${unknown.join(', ')}` }
		]);
	const [{ n }] = await db
		.select({ n: count() })
		.from(schema.touchpoint)
		.where(and(eq(schema.touchpoint.orgId, orgId), eq(schema.touchpoint.surveyId, surveyId)));
	if (n >= maxTouchpoints)
		throw new DomainError(`A survey has at most ${maxTouchpoints} touchpoints.`, 'conflict');
	const params = Object.fromEntries(Object.entries(parsed.data.params).filter(([, v]) => v !== ''));
	const [row] = await db
		.insert(schema.touchpoint)
		.values({ orgId, surveyId, name: parsed.data.name, params })
		.returning();
	return row;
}

export async function getTouchpoint(orgId: string, surveyId: string, id: string) {
	const [row] = await db
		.select()
		.from(schema.touchpoint)
		.where(
			and(
				eq(schema.touchpoint.orgId, orgId),
				eq(schema.touchpoint.surveyId, surveyId),
				eq(schema.touchpoint.id, id)
			)
		);
	if (!row) throw new DomainError('No such touchpoint.', 'not_found');
	return row;
}

export async function removeTouchpoint(orgId: string, surveyId: string, id: string) {
	const deleted = await db
		.delete(schema.touchpoint)
		.where(
			and(
				eq(schema.touchpoint.orgId, orgId),
				eq(schema.touchpoint.surveyId, surveyId),
				eq(schema.touchpoint.id, id)
			)
		)
		.returning({ id: schema.touchpoint.id });
	if (!deleted.length) throw new DomainError('No such touchpoint.', 'not_found');
}

/** A QR code of `url`, ready to print: SVG (scales to any size) or a 1024-pixel PNG. */
export async function qrCode(url: string, format: 'svg' | 'png') {
	const options = { errorCorrectionLevel: 'M' as const, margin: 4 };
	return format === 'svg'
		? await QRCode.toString(url, { ...options, type: 'svg' })
		: await QRCode.toBuffer(url, { ...options, type: 'png', width: 1024 });
}

const originSchema = z
	.string()
	.trim()
	.transform((value, ctx) => {
		try {
			const url = new URL(value);
			const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
			if (
				(url.protocol === 'https:' || (local && url.protocol === 'http:')) &&
				url.origin !== 'null'
			)
				return url.origin;
		} catch {
			// reported below
		}
		ctx.addIssue({
			code: 'custom',
			message: `“${value}” is not an https origin like https://intranet.example.com`
		});
		return z.NEVER;
	});

export const frameOriginsSchema = z.array(originSchema).max(20, 'At most 20 origins');

type OriginList = 'frameOrigins' | 'redirectOrigins';

export async function allowedOrigins(orgId: string) {
	const [row] = await db
		.select({
			frameOrigins: schema.organization.frameOrigins,
			redirectOrigins: schema.organization.redirectOrigins
		})
		.from(schema.organization)
		.where(eq(schema.organization.id, orgId));
	return row ?? { frameOrigins: [], redirectOrigins: [] };
}

export async function frameOrigins(orgId: string) {
	return (await allowedOrigins(orgId)).frameOrigins;
}

/** Replaces one of the organisation's origin allowlists (frames, thank-you redirects). */
export async function setOrigins(orgId: string, list: OriginList, input: string[]) {
	const parsed = frameOriginsSchema.safeParse(input);
	if (!parsed.success)
		throw new DomainError('Those origins cannot be allowed.', 'invalid', issuesOf(parsed.error));
	const origins = [...new Set(parsed.data)];
	await db
		.update(schema.organization)
		.set({ [list]: origins })
		.where(eq(schema.organization.id, orgId));
	forgetOpenSurveys();
	return origins;
}

/** Where a completed response goes: the survey's page if its origin is allowed, else nowhere. */
export async function thankYouRedirect(orgId: string, url: string | undefined) {
	if (!url) return null;
	let origin: string;
	try {
		const parsed = new URL(url);
		if (parsed.protocol !== 'https:') return null;
		origin = parsed.origin;
	} catch {
		return null;
	}
	return (await allowedOrigins(orgId)).redirectOrigins.includes(origin) ? url : null;
}
