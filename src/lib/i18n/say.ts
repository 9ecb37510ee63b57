import type { AnswerIssue, AnswerIssueKey } from '$lib/survey/validate';

// Filling the respondent UI's message templates, on the server and in the respondent page's script
// alike: free of Paraglide, whose messages of eleven languages the script must not carry.

/** What a respondent is told about their answers, one template per kind, in one language. */
export type IssueTemplates = Record<AnswerIssueKey | 'check', string>;

/** A template with its `{name}` placeholders filled; unknown names are left as they are. */
export function fill(template: string, params: Record<string, string | number> = {}) {
	return template.replace(/\{(\w+)\}/g, (all, name: string) =>
		Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : all
	);
}

/** An answer issue as its respondent reads it. */
export function sayIssue(issue: AnswerIssue, templates: IssueTemplates) {
	return issue.say ? fill(templates[issue.say.key], issue.say.params) : templates.check;
}
