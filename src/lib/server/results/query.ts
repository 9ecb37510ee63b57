import type { Issue } from '../../issues';
import { DomainError } from '../platform';
import { resolveField, type ResultsQuery } from './results';
import { type ResultsSurvey } from './survey';
import { isCalendarDate } from '../../calendar-date';
import { urlFilters } from './url-filters';

// The results filters as the API and the results page take them from a URL:
// ?by=store&from=2026-01-01&to=2026-03-31&filter[region]=north&filter[plan]=pro

/**
 * The results page's own form sends a filter as `filter=field=value` (one menu); the API's form
 * is `filter[field]=value`. Turns the first into the second.
 */
export function pageParams(params: URLSearchParams): URLSearchParams {
	const out = new URLSearchParams(params);
	for (const pair of params.getAll('filter')) {
		const at = pair.indexOf('=');
		if (at > 0) out.set(`filter[${pair.slice(0, at)}]`, pair.slice(at + 1));
	}
	out.delete('filter');
	return out;
}

/** Reads and checks the filters of a results URL; every problem is named with its parameter. */
export function parseResultsQuery(survey: ResultsSurvey, params: URLSearchParams): ResultsQuery {
	const issues: Issue[] = [];
	const query: ResultsQuery = { filters: [] };
	for (const key of ['from', 'to'] as const) {
		const value = params.get(key);
		if (value === null || value === '') continue;
		if (!isCalendarDate(value)) issues.push({ path: key, message: 'Use a date as YYYY-MM-DD' });
		else query[key] = value;
	}
	if (query.from && query.to && query.from > query.to)
		issues.push({ path: 'to', message: 'The end date is before the start date' });
	const by = params.get('by');
	if (by) {
		const field = resolveField(survey, by);
		if (!field)
			issues.push({
				path: 'by',
				message: `"${by}" is not a hidden field or a single choice, dropdown or yes/no question of this survey`
			});
		else query.by = field;
	}
	for (const { param, field: name, value } of urlFilters(params)) {
		const field = resolveField(survey, name);
		if (!field) issues.push({ path: param, message: `"${name}" is not a field of this survey` });
		else if (query.filters.some(([f]) => f === field))
			issues.push({ path: param, message: 'Filter a field by one value' });
		else query.filters.push([field, value]);
	}
	if (issues.length) throw new DomainError('The results filters are not valid.', 'invalid', issues);
	return query;
}

/** The trend's question and interval, besides the filters. */
export function parseTrendQuery(survey: ResultsSurvey, params: URLSearchParams) {
	const query = parseResultsQuery(survey, params);
	const issues: Issue[] = [];
	if (query.by) issues.push({ path: 'by', message: 'A trend is not broken down; use a filter' });
	const question = params.get('question') ?? '';
	if (!question) issues.push({ path: 'question', message: 'Name the question to follow' });
	const interval = params.get('interval') ?? 'month';
	if (interval !== 'week' && interval !== 'month')
		issues.push({ path: 'interval', message: 'Use week or month' });
	if (issues.length) throw new DomainError('The trend query is not valid.', 'invalid', issues);
	return { ...query, question, interval: interval as 'week' | 'month' };
}
