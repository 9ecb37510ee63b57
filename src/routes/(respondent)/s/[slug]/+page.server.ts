import { error, fail, redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { pickLanguage } from '$lib/i18n/respondent';
import { DomainError, clientAddress, generateToken } from '$lib/server/platform';
import { readForm } from '$lib/server/http';
import { isUnavailable, withinDeadline } from '$lib/server/db/unavailable';
import { distributions, sharing } from '$lib/server/outreach';
import {
	buckets,
	completeFirstPost,
	cookieName,
	hiddenFrom,
	languageOf,
	step,
	validSid,
	waitLeft,
	withPage,
	unsavedPage
} from '$lib/server/responses';
import * as responses from '$lib/server/responses';
import type { SurveyDefinition } from '$lib/survey/definition';
import { answersFromForm } from '$lib/survey/form';
import { pageRegion, pagesOf, visibleAnswers } from '$lib/survey/pages';
import { localize, pipe } from '$lib/survey/text';
import type { Actions, PageServerLoad } from './$types';

// A published survey's public page: server-rendered, complete without JavaScript. Answers are
// saved page by page under a submission id the page makes when first served; the same device
// comes back to where it stopped (a cookie), any device with the resume link (?r=).

// Server-rendered only: no framework runtime for respondents (see src/lib/respondent/enhance.ts).
export const csr = false;

const resumeDays = 30;

async function open(slug: string) {
	try {
		return await responses.openBySlug(slug);
	} catch (e) {
		if (e instanceof DomainError && e.code === 'not_found') error(404, 'Not found');
		throw e;
	}
}

function remember(event: RequestEvent, surveyId: string, sid: string, slug: string) {
	event.cookies.set(cookieName(surveyId), sid, {
		path: `/s/${slug}`,
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:',
		maxAge: resumeDays * 24 * 3600
	});
}

function forget(cookies: Cookies, surveyId: string, slug: string) {
	cookies.delete(cookieName(surveyId), { path: `/s/${slug}` });
}

async function definitionFor(survey: responses.OpenSurvey, version: number) {
	return version === survey.publishedVersion
		? survey.definition
		: responses.publishedDefinition(survey.id, version);
}

export const load: PageServerLoad = async (event) => {
	// A post the database did not answer: the page as posted, with its answers (no database work).
	const unsaved = event.locals.respondentUnsaved;
	if (unsaved) {
		event.locals.frameAncestors = unsaved.frameOrigins;
		event.locals.pageLang = unsaved.data.lang;
		return unsaved.data;
	}
	const survey = await open(event.params.slug);
	event.locals.frameAncestors = survey.frameOrigins;
	const url = event.url;
	const base = {
		slug: survey.slug,
		title: survey.definition.title,
		branding: survey.definition.branding
	};
	// A personal link (?t=): used once, until it expires; a confidential or identified survey's
	// link resumes its own response, an anonymous survey's keeps none.
	const token = url.searchParams.get('t');
	const invite = token ? await distributions.openInvite(survey.id, token, survey.definition) : null;
	if (invite && invite.state !== 'open') {
		const lang = pickLanguage(
			survey.definition.languages,
			survey.definition.defaultLanguage,
			url.searchParams.get('lang'),
			event.request.headers.get('accept-language')
		);
		event.locals.pageLang = lang;
		return { ...base, kind: 'invite' as const, lang, reason: invite.state };
	}
	const sid =
		(invite?.state === 'open' ? invite.submissionId : null) ??
		validSid(url.searchParams.get('r')) ??
		validSid(event.cookies.get(cookieName(survey.id)));
	const progress = sid ? await responses.findProgress(survey.id, sid) : null;
	// A pulse round's link answers that round's questions, though a later round published others.
	const version =
		progress?.version ??
		(invite ? await distributions.versionOf(invite) : null) ??
		survey.publishedVersion;
	const definition = await definitionFor(survey, version);
	const lang = pickLanguage(
		definition.languages,
		definition.defaultLanguage,
		url.searchParams.get('lang') ?? progress?.language ?? null,
		event.request.headers.get('accept-language')
	);
	// Only a language tag can reach <html lang>: the survey's own codes are checked by its schema.
	event.locals.pageLang = lang;
	if (progress?.completed) {
		const text = localize(definition.thankYou, lang, definition.defaultLanguage);
		const thankYou = text ? pipe(text, definition, progress.answers, progress.hidden, lang) : null;
		return { ...base, kind: 'done' as const, lang, thankYou };
	}
	if (survey.closed) return { ...base, kind: 'closed' as const, lang, reason: survey.closed };

	const hidden =
		progress?.hidden ??
		hiddenFrom(
			definition,
			(n) => url.searchParams.get(n),
			invite?.state === 'open' ? invite.hidden : undefined
		);
	const answers = progress?.answers ?? {};
	const pages = pagesOf(definition, answers, hidden);
	const page = Math.min(progress?.page ?? 0, pages.length - 1);
	return {
		...base,
		kind: 'form' as const,
		lang,
		// A kept personal link answers under its own submission id, from the first page on.
		sid: progress
			? sid!
			: invite?.state === 'open' && invite.submissionId
				? invite.submissionId
				: generateToken(),
		resumable: !!progress,
		version,
		definition,
		hidden,
		answers,
		page,
		pageCount: pages.length,
		// With the follow-ups this page's answers may show: hidden until they do.
		questionIds: pageRegion(definition, answers, hidden, page).map((q) => q.id),
		invite: invite ? token : null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const form = await readForm(event.request);
		try {
			const wait = waitLeft(validSid(String(form.get('_sid') ?? '')));
			return await withinDeadline(respondent.post(event, form), wait);
		} catch (e) {
			if (!isUnavailable(e)) throw e;
			// The database is away or too slow: the page again, answers kept, to send again.
			const unsaved = await unsavedPage(event.params.slug, form).catch(() => null);
			if (!unsaved) throw e;
			event.locals.respondentUnsaved = unsaved;
			const { sid, version, page, answers } = unsaved.data;
			return fail(503, { unconfirmed: true, sid, version, page, answers, errors: {} });
		}
	}
};

const respondent = {
	/** A respondent's post: saves their page, or completes their response. */
	post: async (event: RequestEvent<{ slug: string }>, form: FormData) => {
		const { slug } = event.params;
		const survey = await open(slug);
		const back = `/s/${slug}`;
		const sid = validSid(String(form.get('_sid') ?? ''));
		if (!sid) error(400, 'This form is out of date. Reload the page and answer again.');
		const wait = buckets.take(`${clientAddress(event)}:${survey.id}`);
		if (wait > 0)
			// Refused before any database work, but what was typed comes back to be sent again.
			return fail(429, {
				rateLimited: wait,
				sid,
				version: Number(form.get('_v')) || survey.publishedVersion,
				page: Number(form.get('_page')) || 0,
				answers: answersFromForm(survey.definition.questions, form),
				errors: {} as Record<string, string[]>
			});
		const posted = String(form.get('_t') ?? '');
		const token = /^[a-z2-7]{20,64}$/.test(posted) ? posted : posted ? 'invalid' : null;
		const invite = token ? await distributions.findInvite(survey.id, token) : null;
		// A personal link already answered, or expired: its page says so.
		if (token && invite?.state !== 'open') redirect(303, `${back}?t=${token}`);
		if (
			invite?.state === 'open' &&
			survey.definition.mode !== 'anonymous' &&
			invite.submissionId !== sid
		)
			error(400, 'This form is out of date. Reload the page and answer again.');
		// A personal link resumes through its token (a kept response is found from it; an
		// anonymous one by this device's cookie), so no address ever holds both the token and
		// the response's id.
		const resume = token ? `${back}?t=${token}` : `${back}?r=${sid}`;
		// A bot fills the field people never see: thank it, store nothing.
		if (String(form.get('website') ?? '') !== '') return { honeypot: true };
		const nav = form.get('_nav');
		const requestedPage = Number(form.get('_page')) || 0;
		const finish = async (definition: SurveyDefinition) => {
			forget(event.cookies, survey.id, slug);
			redirect(
				303,
				(await sharing.thankYouRedirect(survey.orgId, definition.thankYouUrl)) ?? `${back}?r=${sid}`
			);
		};

		// Most responses are one page answered in one post: stored in one statement when the
		// submission has no row yet (a Node-level lane in scripts/server.js answers these before
		// SvelteKit; here for any that reach the action).
		const formVersion = Number(form.get('_v'));
		if (await completeFirstPost(survey, sid, form)) return finish(survey.definition);

		const progress = await responses.findProgress(survey.id, sid);
		if (progress?.completed) redirect(303, `${back}?r=${sid}`);
		if (survey.closed) redirect(303, back);
		const version =
			progress?.version ??
			(invite?.state === 'open' ? await distributions.versionOf(invite) : null) ??
			formVersion;
		if (!Number.isInteger(version)) error(400, 'This form is out of date. Reload the page.');
		let definition: SurveyDefinition;
		try {
			definition = await definitionFor(survey, version);
		} catch {
			error(400, 'This form is out of date. Reload the page and answer again.');
		}
		const hidden =
			progress?.hidden ??
			hiddenFrom(
				definition,
				(n) => form.get(`_h.${n}`) as string | null,
				invite?.state === 'open' ? invite.hidden : undefined
			);
		const language = languageOf(definition, String(form.get('_lang') ?? ''));
		const stored = progress?.answers ?? {};
		const index = Math.max(
			0,
			Math.min(requestedPage, pagesOf(definition, stored, hidden).length - 1)
		);
		const post = withPage(definition, stored, hidden, index, form);
		const answers = post.answers;
		const save = async (page: number, complete = false) =>
			responses.saveProgress(survey, sid, {
				version,
				language,
				answers: complete ? visibleAnswers(definition, answers, hidden) : answers,
				hidden,
				page,
				complete,
				invite:
					complete && invite?.state === 'open'
						? {
								recipientId: invite.recipientId,
								person: await distributions.snapshotOf(invite, definition),
								keepTime: definition.mode !== 'anonymous'
							}
						: undefined
			});

		// Saved as the respondent goes (the page's script, a moment after each change) or when they
		// ask to finish later (the page then shows the link to come back with). No validation: the
		// page is not being left.
		if (nav === 'save') {
			await save(index);
			remember(event, survey.id, sid, slug);
			return { saved: true, resumeUrl: `${event.url.origin}${resume}` };
		}

		if (nav === 'back') {
			await save(Math.max(0, index - 1));
			remember(event, survey.id, sid, slug);
			redirect(303, resume);
		}

		const outcome = step(definition, post, hidden, index, language);
		if (outcome.kind === 'invalid')
			return fail(400, { sid, version, page: index, answers, errors: outcome.errors });
		if (outcome.kind !== 'complete') {
			await save(outcome.page);
			remember(event, survey.id, sid, slug);
			redirect(303, resume);
		}
		let saved;
		try {
			saved = await save(index, true);
		} catch (e) {
			// The same invitation answered in another tab a moment before.
			if (e instanceof DomainError && e.code === 'conflict' && token)
				redirect(303, `${back}?t=${token}`);
			throw e;
		}
		// The limit was reached while this respondent answered: the link shows it is closed.
		if (saved.full) redirect(303, back);
		return finish(definition);
	}
};
