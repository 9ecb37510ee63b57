import { hasRole } from '$lib/roles';
import { DomainError } from '$lib/server/platform';
import { findById, requireOrg } from '$lib/server/http';
import * as results from '$lib/server/results';
import * as resultChange from '$lib/server/results';
import * as resultComments from '$lib/server/results';
import { pageParams, parseResultsQuery } from '$lib/server/results';
import { isScoreType, measuredQuestions } from '$lib/survey/metrics';
import { localize } from '$lib/survey/text';
import type { Issue } from '$lib/issues';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'viewer');
	const survey = await findById(event.params.id, (id) => results.load(org.id, id));
	const { definition } = survey;
	const label = (text: Parameters<typeof localize>[0]) =>
		localize(text, definition.defaultLanguage, definition.defaultLanguage);
	const questions = measuredQuestions(definition).map((q) => ({
		id: q.id,
		type: q.type,
		text: label(q.text),
		choices: Object.fromEntries(
			[
				...('choices' in q ? q.choices : []),
				...('rows' in q ? q.rows : []),
				...((q.type === 'nps' || q.type === 'enps') && q.reasons ? q.reasons.choices : [])
			].map((c) => [c.id, label(c.label)])
		),
		...(q.type === 'yes_no' ? { choices: { yes: 'Yes', no: 'No' } } : {}),
		...('allowOther' in q && q.allowOther ? { other: true } : {})
	}));
	const scores = questions.filter((q) => isScoreType(q.type));

	let issues: Issue[] = [];
	let query: results.ResultsQuery = { filters: [] };
	const params = pageParams(event.url.searchParams);
	try {
		query = parseResultsQuery(survey, params);
	} catch (e) {
		if (!(e instanceof DomainError && e.issues)) throw e;
		issues = e.issues;
	}
	const trendQuestion =
		scores.find((q) => q.id === event.url.searchParams.get('trend'))?.id ?? scores[0]?.id;
	const interval: 'week' | 'month' =
		event.url.searchParams.get('interval') === 'week' ? 'week' : 'month';

	let answer: results.Results | null = null;
	let comments: resultComments.Comments | null = null;
	const search = event.url.searchParams.get('q')?.slice(0, 200) ?? '';
	const commentsPage = Math.max(0, Number(event.url.searchParams.get('cpage')) || 0);
	let trend: Awaited<ReturnType<typeof results.trend>> | null = null;
	let changes: Record<string, resultChange.Change> = {};
	if (!issues.length) {
		try {
			answer = await results.results(survey, query);
			if (resultComments.commentSources(definition).length)
				comments = await resultComments.comments(
					survey,
					{ filters: query.filters, from: query.from, to: query.to },
					{ search, page: commentsPage }
				);
			// A trend filtered like the page; an employee survey's trend is everyone's (one cut).
			const trendScope =
				survey.threshold === null
					? { filters: query.filters, from: query.from, to: query.to }
					: { filters: [] };
			if (trendQuestion)
				trend = await results.trend(survey, { ...trendScope, question: trendQuestion, interval });
			// Each score's last whole month against the month before, tested at 95%.
			changes = await resultChange.monthOverMonth(
				survey,
				trendScope,
				scores.map((q) => q.id),
				new Date()
			);
		} catch (e) {
			if (!(e instanceof DomainError && e.issues)) throw e;
			issues = e.issues;
		}
	}
	const values = await results.fieldValues(survey);
	const fields = survey.fields.map((field) => {
		const key = results.fieldKey(field);
		const question = questions.find((q) => `q:${q.id}` === field);
		return {
			field,
			key,
			label: question
				? question.text
				: field.startsWith('p:')
					? `${key} (attribute)`
					: `${key} (hidden field)`,
			values: (values.get(field) ?? []).map((v) => ({
				value: v,
				label: v === '' ? 'Not given' : v === '__other' ? 'Other' : (question?.choices[v] ?? v)
			}))
		};
	});
	const individuals = !survey.individualsHidden;
	const [filterField, filterValue] = query.filters[0] ?? [];
	return {
		survey: {
			id: survey.id,
			title: survey.title,
			audience: survey.audience,
			mode: definition.mode,
			threshold: survey.threshold
		},
		query: {
			from: query.from ?? '',
			to: query.to ?? '',
			by: query.by ? results.fieldKey(query.by) : '',
			filterField: filterField ? results.fieldKey(filterField) : '',
			filterValue: filterValue ?? '',
			trend: trendQuestion ?? '',
			interval
		},
		issues,
		questions,
		allQuestions: Object.fromEntries(definition.questions.map((q) => [q.id, label(q.text)])),
		fields,
		results: answer,
		trend,
		changes,
		comments,
		commentQuestions: Object.fromEntries(
			resultComments
				.commentSources(definition)
				.map((c) => [c.id, label(definition.questions.find((q) => q.id === c.id)!.text)])
		),
		search,
		commentsPage,
		commentsPageSize: resultComments.COMMENTS_PAGE,
		canExport: hasRole(org.role, 'analyst') && individuals,
		canAnalyse: hasRole(org.role, 'analyst'),
		individuals
	};
};
