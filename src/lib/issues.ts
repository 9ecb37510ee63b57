import { formatCount } from './format';

/** A problem with input, at the dotted path of the value it concerns (`questions.3.choices`). */
export type Issue = { path: string; message: string };

/** What the app reads of a zod issue: its own words where a schema gave some, else its facts. */
type ZodIssueLike = {
	path: PropertyKey[];
	message: string;
	code?: string;
	origin?: string;
	maximum?: number | bigint;
	minimum?: number | bigint;
	inclusive?: boolean;
	expected?: string;
	values?: unknown[];
	format?: string;
	keys?: string[];
	divisor?: number | bigint;
};

const number = (n: number | bigint | undefined) => formatCount(Number(n));
const units: Record<string, [string, string]> = {
	string: ['character', 'characters'],
	array: ['item', 'items'],
	set: ['item', 'items'],
	file: ['byte', 'bytes']
};
const counted = (origin: string | undefined, n: number | bigint | undefined) => {
	const unit = units[origin ?? ''];
	return unit ? `${number(n)} ${Number(n) === 1 ? unit[0] : unit[1]}` : number(n);
};
const kinds: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'an object',
	date: 'a date'
};

/**
 * Zod's default wording ("Too big: expected string to have <=2000 characters") in plain words
 * ("At most 2,000 characters"); a message a schema wrote itself is kept as it is.
 */
export function plainMessage(issue: ZodIssueLike): string {
	// Zod's own messages start so; a schema's own words never need rewording.
	if (!/^(Too (big|small)|Invalid|Unrecognized key)/.test(issue.message)) return issue.message;
	switch (issue.code) {
		case 'too_big': {
			if (issue.origin === 'number' || issue.origin === 'bigint' || issue.origin === 'int')
				return `${issue.inclusive === false ? 'Less than' : 'At most'} ${number(issue.maximum)}`;
			if (issue.origin === 'date') return 'Too late';
			return `At most ${counted(issue.origin, issue.maximum)}`;
		}
		case 'too_small': {
			if (issue.origin === 'number' || issue.origin === 'bigint' || issue.origin === 'int')
				return `${issue.inclusive === false ? 'More than' : 'At least'} ${number(issue.minimum)}`;
			if (issue.origin === 'date') return 'Too early';
			if (Number(issue.minimum) === 1 && issue.origin === 'string') return 'Cannot be empty';
			if (Number(issue.minimum) === 1) return 'Add at least one';
			return `At least ${counted(issue.origin, issue.minimum)}`;
		}
		case 'invalid_type':
			if (issue.message.endsWith('received undefined')) return 'Required';
			return `Should be ${kinds[issue.expected ?? ''] ?? issue.expected ?? 'something else'}`;
		case 'invalid_value':
			return issue.values && issue.values.length
				? `Choose one of: ${issue.values.map(String).join(', ')}`
				: 'Not an allowed value';
		case 'invalid_format':
			if (issue.format === 'email') return 'Not an e-mail address';
			if (issue.format === 'url') return 'Not a web address (https://…)';
			if (issue.format === 'date') return 'Not a date (YYYY-MM-DD)';
			return 'Not in the expected form';
		case 'unrecognized_keys':
			return `Not a known field: ${(issue.keys ?? []).join(', ')}`;
		case 'not_multiple_of':
			return `Must be a multiple of ${number(issue.divisor)}`;
		case 'invalid_union':
			return 'Not one of the accepted forms';
		default:
			return 'Not valid';
	}
}

/** Zod's issues as the app reports them: the API's `issues`, the designer's marks. */
export function issuesOf(error: { issues: ZodIssueLike[] }): Issue[] {
	return error.issues.map((i) => ({
		path: i.path.map(String).join('.'),
		message: plainMessage(i)
	}));
}
