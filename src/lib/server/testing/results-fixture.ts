// Test helpers for results: a published survey and responses stored as the respondent pages
// store them, with the completion time a test needs.
import type { Question } from '../../survey/definition';
import { db, schema } from '../db';
import { pulses } from '../outreach';
import * as results from '../results';
import * as surveys from '../surveys';
import { makeAccount } from './test-data';
import { generateToken } from '../platform';

export type StoredResponse = {
	answers: Record<string, unknown>;
	hidden?: Record<string, string>;
	completedAt?: Date | null;
};

export async function publishedSurvey(definition: object, orgId?: string) {
	const org = orgId ?? (await makeAccount('results')).orgId;
	const created = await surveys.create(org, definition, null);
	await surveys.publish(org, created.id);
	return results.load(org, created.id);
}

/**
 * A pulse program's survey after `rounds` rounds: each published as a version of its own with the
 * core questions and that round's turn of the others (as the program's rounds publish them).
 */
export async function pulseSurvey(
	definition: Record<string, unknown> & { questions: Question[]; hiddenFields?: string[] },
	core: string[],
	perRound: number,
	rounds: number
) {
	const { orgId, userId } = await makeAccount('pulse-results');
	const created = await surveys.create(orgId, definition, null);
	await pulses.createProgram(orgId, userId, {
		surveyId: created.id,
		name: 'Pulse',
		cadence: 'monthly',
		perRound,
		core,
		startAt: '2099-01-01T00:00:00Z'
	});
	for (let round = 1; round <= rounds; round++) {
		await surveys.update(orgId, created.id, {
			...definition,
			questions: pulses.roundQuestions(definition.questions, core, perRound, round),
			hiddenFields: [...(definition.hiddenFields ?? []), 'round']
		});
		await surveys.publish(orgId, created.id);
	}
	return results.load(orgId, created.id);
}

export async function store(survey: results.ResultsSurvey, list: StoredResponse[]) {
	const chunk = 500;
	for (let i = 0; i < list.length; i += chunk) {
		await db.insert(schema.response).values(
			list.slice(i, i + chunk).map((r) => ({
				orgId: survey.orgId,
				surveyId: survey.id,
				version: 1,
				submissionId: generateToken(),
				language: 'en',
				// Plain objects, as a form post or JSON body gives them.
				answers: JSON.parse(JSON.stringify(r.answers)),
				hidden: JSON.parse(JSON.stringify(r.hidden ?? {})),
				completedAt: r.completedAt === undefined ? new Date() : r.completedAt
			}))
		);
	}
}
