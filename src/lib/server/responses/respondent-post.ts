import { cleanAnswerText } from '../../control-characters';
import { issueTemplates } from '../../i18n/respondent';
import { sayIssue } from '../../i18n/say';
import type { Question, SurveyDefinition } from '../../survey/definition';
import { answersFromForm } from '../../survey/form';
import type { Answers, HiddenValues } from '../../survey/logic';
import { pageRegion, pagesOf, visibleAnswers } from '../../survey/pages';
import { validateAnswers } from '../../survey/validate';
import { config, TokenBucket } from '../platform';
import { isUnavailable, withinDeadline } from '../db/unavailable';
import * as responses from './responses';
import { sharing } from '../outreach';

// What a respondent's post does, apart from SvelteKit: the page's form action and the Node-level
// lane of scripts/server.js (the common one-page, one-post response) both use it.

type Form = FormData | URLSearchParams;

/** Posts per minute from one address to one survey (RESPONSE_RATE_LIMIT). */
export const buckets = new TokenBucket(() => config.responseRateLimit);

/** The cookie that brings a respondent back to their submission, per survey. */
export const cookieName = (surveyId: string) => `hk_r_${surveyId.replaceAll('-', '')}`;

export const validSid = (value: string | null | undefined) =>
	value && responses.submissionIdPattern.test(value) ? value : null;

/**
 * Hidden fields the survey names, from the link; anything else in the query is ignored. `bound`:
 * the values a personal link's invitation holds on the server, which the link cannot change.
 */
function hiddenFrom(
	definition: SurveyDefinition,
	read: (name: string) => string | null,
	bound: Record<string, string> = {}
) {
	const hidden: HiddenValues = {};
	for (const name of definition.hiddenFields) {
		// From a link anyone can edit: cleaned like an answer, never refused.
		const value = cleanAnswerText((Object.hasOwn(bound, name) ? bound[name] : read(name)) ?? '');
		if (value !== '') hidden[name] = value.slice(0, 500);
	}
	return hidden;
}

export { hiddenFrom };
type Step =
	| { kind: 'invalid'; errors: Record<string, string[]> }
	| { kind: 'next'; page: number }
	// This page's own answers showed follow-ups the respondent has not seen: the page again.
	| { kind: 'reveal'; page: number }
	| { kind: 'complete'; answers: Answers }
	// The last page was valid, but an earlier one no longer is: back to the first in error.
	| { kind: 'revisit'; page: number };

/**
 * What a "Next" on page `index` does, given the answers stored before this post and the ones it
 * carries: pure, so the one-post path and the long way agree.
 */
export function step(
	definition: SurveyDefinition,
	post: { answers: Answers; current: Question[] },
	hidden: HiddenValues,
	index: number,
	language: string
): Step {
	const { answers, current } = post;
	const ids = new Set(current.map((q) => q.id));
	const clean = visibleAnswers(definition, answers, hidden);
	// Everything the respondent can see; this page's problems stop it, the others only at the end.
	const all = validateAnswers(definition, clean, hidden);
	const issues = all.filter((issue) => ids.has(issue.path.split('.')[0]));
	if (issues.length) {
		const errors: Record<string, string[]> = {};
		const templates = issueTemplates(language);
		for (const issue of issues)
			(errors[issue.path.split('.')[0]] ??= []).push(sayIssue(issue, templates));
		return { kind: 'invalid', errors };
	}
	const next = pagesOf(definition, answers, hidden);
	// Without the page's script nothing appears as one answers: the server shows the page again.
	if (next[index]?.some((q) => !ids.has(q.id))) return { kind: 'reveal', page: index };
	if (index + 1 < next.length) return { kind: 'next', page: index + 1 };
	// The last page: everything the respondent can see must hold, not only this page.
	if (!all.length) return { kind: 'complete', answers: clean };
	const first = all[0].path.split('.')[0];
	return {
		kind: 'revisit',
		page: Math.max(
			0,
			next.findIndex((p) => p.some((q) => q.id === first))
		)
	};
}

/**
 * The answers after a post of page `index` (the stored ones, with that page's replaced), and the
 * questions of that page the respondent saw: the page names them in `_seen` (its script keeps
 * the list as follow-ups appear and go); a post without it saw the page as it was served.
 */
export function withPage(
	definition: SurveyDefinition,
	stored: Answers,
	hidden: HiddenValues,
	index: number,
	form: Form
) {
	const region = pageRegion(definition, stored, hidden, index);
	const listed = form.get('_seen');
	const seen =
		typeof listed === 'string'
			? new Set(listed.split(' '))
			: new Set((pagesOf(definition, stored, hidden)[index] ?? []).map((q) => q.id));
	const current = region.filter((q) => seen.has(q.id));
	const answers = { ...stored };
	for (const question of region) delete answers[question.id];
	return { answers: Object.assign(answers, answersFromForm(current, form)), current };
}

export const languageOf = (definition: SurveyDefinition, requested: string) =>
	[definition.defaultLanguage, ...definition.languages].includes(requested)
		? requested
		: definition.defaultLanguage;

/**
 * A first post that completes its response (page 0, "Next", every answer valid): the row to store
 * in one statement, or null when it is not such a post, or when the survey takes no more answers
 * or has a response limit (those complete the long way). No database work.
 */
export function firstPostCompletion(survey: responses.OpenSurvey, form: Form) {
	if (
		// A personal link's answer marks its invitation too: the long way.
		form.get('_t') ||
		form.get('_nav') !== 'next' ||
		(Number(form.get('_page')) || 0) !== 0 ||
		survey.closed ||
		survey.definition.responseLimit ||
		Number(form.get('_v')) !== survey.publishedVersion
	)
		return null;
	const definition = survey.definition;
	const hidden = hiddenFrom(definition, (n) => form.get(`_h.${n}`) as string | null);
	const language = languageOf(definition, String(form.get('_lang') ?? ''));
	const outcome = step(definition, withPage(definition, {}, hidden, 0, form), hidden, 0, language);
	if (outcome.kind !== 'complete') return null;
	return { version: survey.publishedVersion, language, answers: outcome.answers, hidden };
}

/**
 * Stores a first post that completes its response, in one statement. False, storing nothing,
 * when it is not one (see firstPostCompletion) or the submission already has a row: the caller
 * then goes the long way, which gives the same outcome.
 */
export async function completeFirstPost(
	survey: responses.OpenSurvey,
	sid: string,
	form: Form
): Promise<boolean> {
	const row = firstPostCompletion(survey, form);
	return !!row && responses.insertCompleted(survey, sid, row);
}

export type LaneRequest = {
	/** The path, e.g. /s/abc123. */
	path: string;
	/** The form, as posted (application/x-www-form-urlencoded). */
	body: string;
	/** The client's address, as adapter-node works it out. */
	address: string;
	/** Whether the site is served over https (the cookie it clears is Secure then). */
	secure: boolean;
};
export type LaneAnswer = { location: string; cookie: string };

/** How long a respondent's post may wait on the database before they are asked to send again. */
export const RESPONDENT_DEADLINE_MS = 3000;
// When the lane began each post it handed over because the database did not answer.
const laneBegan = new Map<string, number>();

/** What is left of a post's wait on the database: all of it, unless the lane already spent some. */
export function waitLeft(sid: string | null) {
	const began = sid ? laneBegan.get(sid) : undefined;
	if (began === undefined) return RESPONDENT_DEADLINE_MS;
	laneBegan.delete(sid!);
	return Math.max(0, RESPONDENT_DEADLINE_MS - (Date.now() - began));
}

/**
 * The Node-level lane (scripts/server.js): a respondent's post answered without SvelteKit when it
 * is the common case, a first post completing its response; null for anything else, which
 * SvelteKit then handles in full (the form action below gives the same outcome). The caller has
 * already checked the method, the content type, the Origin and the body size.
 */
export async function answerInLane(request: LaneRequest): Promise<LaneAnswer | null> {
	const began = Date.now();
	try {
		return await withinDeadline(lane(request), RESPONDENT_DEADLINE_MS);
	} catch (error) {
		// The database did not answer: the form action answers the post, in what is left of the wait.
		const sid = isUnavailable(error) && validSid(new URLSearchParams(request.body).get('_sid'));
		if (sid) {
			if (laneBegan.size >= 10_000) laneBegan.clear();
			laneBegan.set(sid, began);
		}
		throw error;
	}
}

async function lane(request: LaneRequest): Promise<LaneAnswer | null> {
	const slug = /^\/s\/([a-z0-9]+)$/.exec(request.path)?.[1];
	if (!slug) return null;
	let survey: responses.OpenSurvey;
	try {
		survey = await responses.openBySlug(slug);
	} catch (error) {
		if (isUnavailable(error)) throw error;
		return null;
	}
	const form = new URLSearchParams(request.body);
	const sid = validSid(form.get('_sid'));
	if (!sid || (form.get('website') ?? '') !== '') return null;
	const row = firstPostCompletion(survey, form);
	if (!row) return null;
	// A post over the limit goes to the action, which says so and keeps what was typed.
	const key = `${request.address}:${survey.id}`;
	if (buckets.take(key) > 0) return null;
	if (!(await responses.insertCompleted(survey, sid, row))) {
		// A retry: the action answers it and counts it, once.
		buckets.refund(key);
		return null;
	}
	const resume = `/s/${slug}?r=${sid}`;
	const thanks = await sharing.thankYouRedirect(survey.orgId, survey.definition.thankYouUrl);
	return {
		// As a header: a thank-you address with non-ASCII characters, percent-encoded.
		location: thanks ? new URL(thanks).href : resume,
		cookie: `${cookieName(survey.id)}=; Path=/s/${slug}; Max-Age=0; HttpOnly; SameSite=Lax${request.secure ? '; Secure' : ''}`
	};
}
