// Test helpers for results: a published survey and responses stored as the respondent pages
// store them, with the completion time a test needs.
import { db, schema } from './db';
import * as results from './results';
import * as surveys from './surveys';
import { makeAccount } from './test-data';
import { generateToken } from './tokens';

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
