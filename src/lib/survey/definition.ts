import { z } from 'zod';
import { npsGroups } from './nps';
import { pipedFields, questionTexts } from './text';

// The survey definition: one typed model shared by the designer, the respondent pages, the API
// and the results. A public contract: change it only with a new schemaVersion.

export const SCHEMA_VERSION = 1;

const languageCode = z
	.string()
	.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'Use a language code like "en" or "pt-BR"');
export const questionIdSchema = z
	.string()
	.regex(/^[a-z0-9_-]{1,64}$/, 'Use 1 to 64 lower-case letters, digits, "_" or "-"');

/** A text in the default language, or an object of language → text. */
export const localizedTextSchema = z.union([
	z.string().trim().min(1, 'Enter a text').max(2000),
	z
		.record(languageCode, z.string().max(2000))
		.refine((t) => Object.keys(t).length <= 50, 'At most 50 languages')
]);
export type LocalizedText = z.infer<typeof localizedTextSchema>;

const choiceSchema = z.object({ id: questionIdSchema, label: localizedTextSchema });
const choicesSchema = z.array(choiceSchema).min(1, 'Add at least one choice').max(200);

export const operators = [
	'equals',
	'not_equals',
	'in',
	'lt',
	'lte',
	'gt',
	'gte',
	'answered',
	'not_answered'
] as const;

/** `field` is a question id or `hidden.<name>`; `value` is absent for answered / not answered. */
export const conditionSchema = z.object({
	field: z
		.string()
		.regex(
			/^(hidden\.[A-Za-z0-9_-]{1,64}|[a-z0-9_-]{1,64})$/,
			'Name a question id or hidden.<field>'
		),
	op: z.enum(operators),
	value: z
		.union([
			z.string().max(2000),
			z.number(),
			z.boolean(),
			z.array(z.union([z.string().max(2000), z.number()])).max(200)
		])
		.optional()
});
export type Condition = z.infer<typeof conditionSchema>;

export type Logic = Condition | { all: Logic[] } | { any: Logic[] };
export const logicSchema: z.ZodType<Logic> = z.lazy(() =>
	z.union([
		conditionSchema,
		z.object({ all: z.array(logicSchema).min(1).max(50) }),
		z.object({ any: z.array(logicSchema).min(1).max(50) })
	])
);

const base = {
	id: questionIdSchema,
	text: localizedTextSchema,
	description: localizedTextSchema.optional(),
	required: z.boolean().default(false),
	showIf: logicSchema.optional()
};

const scaleLabels = {
	lowLabel: localizedTextSchema.optional(),
	highLabel: localizedTextSchema.optional()
};

export { npsGroups };

const reasonsSchema = z.object({
	choices: choicesSchema,
	byGroup: z
		.object({
			detractor: z.array(questionIdSchema).max(200),
			passive: z.array(questionIdSchema).max(200),
			promoter: z.array(questionIdSchema).max(200)
		})
		.optional(),
	comment: z.boolean().optional()
});

export const questionSchema = z.discriminatedUnion('type', [
	z.object({ ...base, type: z.literal('nps'), ...scaleLabels, reasons: reasonsSchema.optional() }),
	z.object({ ...base, type: z.literal('enps'), ...scaleLabels, reasons: reasonsSchema.optional() }),
	z.object({ ...base, type: z.literal('csat'), ...scaleLabels }),
	z.object({ ...base, type: z.literal('ces'), ...scaleLabels }),
	z.object({
		...base,
		type: z.literal('rating'),
		...scaleLabels,
		scale: z.number().int().min(3).max(10).default(5),
		style: z.enum(['stars', 'numbers']).default('stars')
	}),
	z.object({ ...base, type: z.literal('likert'), ...scaleLabels }),
	z.object({
		...base,
		type: z.literal('matrix'),
		rows: choicesSchema,
		scale: z.number().int().min(3).max(7).default(5),
		...scaleLabels
	}),
	z.object({
		...base,
		type: z.literal('single_choice'),
		choices: choicesSchema,
		allowOther: z.boolean().default(false),
		randomize: z.boolean().default(false)
	}),
	z.object({
		...base,
		type: z.literal('dropdown'),
		choices: choicesSchema,
		allowOther: z.boolean().default(false),
		randomize: z.boolean().default(false)
	}),
	z.object({
		...base,
		type: z.literal('multiple_choice'),
		choices: choicesSchema,
		min: z.number().int().min(0).optional(),
		max: z.number().int().min(1).optional(),
		randomize: z.boolean().default(false)
	}),
	z.object({
		...base,
		type: z.literal('ranking'),
		choices: choicesSchema.min(2, 'Add at least two choices')
	}),
	z.object({
		...base,
		type: z.literal('slider'),
		min: z.number().default(0),
		max: z.number().default(100),
		step: z.number().positive().default(1)
	}),
	z.object({
		...base,
		type: z.literal('text'),
		long: z.boolean().default(false),
		maxLength: z.number().int().min(1).max(20_000).default(2000)
	}),
	z.object({
		...base,
		type: z.literal('number'),
		min: z.number().optional(),
		max: z.number().optional(),
		integer: z.boolean().default(false)
	}),
	z.object({
		...base,
		type: z.literal('date'),
		min: z.iso.date().optional(),
		max: z.iso.date().optional()
	}),
	z.object({
		...base,
		type: z.literal('yes_no'),
		yesLabel: localizedTextSchema.optional(),
		noLabel: localizedTextSchema.optional()
	}),
	z.object({ ...base, type: z.literal('consent'), label: localizedTextSchema.optional() }),
	z.object({ ...base, type: z.literal('statement'), pageBreak: z.boolean().default(false) })
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];

export const surveyDefinitionSchema = z
	.object({
		schemaVersion: z.literal(SCHEMA_VERSION).default(SCHEMA_VERSION),
		title: z.string().trim().min(1, 'Give the survey a title').max(200),
		audience: z.enum(['customer', 'employee']),
		mode: z.enum(['anonymous', 'confidential', 'identified']),
		defaultLanguage: languageCode.default('en'),
		languages: z.array(languageCode).max(50).default([]),
		hiddenFields: z
			.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Use letters, digits, "_" or "-"'))
			.max(50)
			.default([]),
		display: z.enum(['pages', 'one-at-a-time']).default('pages'),
		/** Shown before the first question, after the confidentiality promise. */
		intro: localizedTextSchema.optional(),
		thankYou: localizedTextSchema.optional(),
		/** Instead of the thank-you message: an https page, if the organisation allows its origin. */
		thankYouUrl: z
			.url({ protocol: /^https$/, message: 'Use an https:// address' })
			.max(2000)
			.optional(),
		/** After this instant the link shows a "closed" page. */
		closeAt: z.iso.datetime({ offset: true, message: 'Use a date and time' }).optional(),
		responseLimit: z.number().int().min(1).max(10_000_000).optional(),
		/** Employee surveys: the smallest group any result is shown for (docs/confidentiality.md). */
		anonymityThreshold: z.number().int().min(3, 'Never below 3').max(1000).default(5),
		branding: z
			.object({
				color: z
					.string()
					.regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #2a6df4')
					.optional(),
				// An uploaded image kept in the definition: respondent pages load nothing from elsewhere.
				logo: z
					.string()
					.max(140_000, 'Use a logo under 100 KB')
					.regex(
						/^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/=]+$/,
						'Use a PNG, JPEG, WebP or GIF image'
					)
					.optional()
			})
			.default({}),
		questions: z.array(questionSchema).max(500)
	})
	.superRefine((definition, ctx) => {
		const seen = new Map<string, number>();
		const hidden = new Set(definition.hiddenFields);
		const issue = (path: (string | number)[], message: string) =>
			ctx.addIssue({ code: 'custom', path, message });

		if (definition.languages.length && !definition.languages.includes(definition.defaultLanguage)) {
			issue(['languages'], 'List the default language among the languages');
		}
		definition.questions.forEach((question, index) => {
			if (seen.has(question.id))
				issue(
					['questions', index, 'id'],
					`"${question.id}" is already used by question ${seen.get(question.id)! + 1}`
				);
			// Logic may only look back: at earlier questions and at hidden fields.
			for (const field of logicFields(question.showIf)) {
				if (field.startsWith('hidden.')) {
					if (!hidden.has(field.slice(7)))
						issue(
							['questions', index, 'showIf'],
							`"${field}" is not a hidden field of this survey`
						);
				} else if (!seen.has(field)) {
					issue(['questions', index, 'showIf'], `"${field}" is not an earlier question`);
				}
			}
			// Piping, like logic, may only bring in what the respondent has already answered.
			for (const { path, text } of questionTexts(question)) {
				const values = typeof text === 'string' ? [text] : Object.values(text);
				for (const field of values.flatMap(pipedFields)) {
					const known = field.startsWith('hidden.') ? hidden.has(field.slice(7)) : seen.has(field);
					if (!known)
						issue(
							['questions', index, ...path],
							`{{${field}}} is not ${field.startsWith('hidden.') ? 'a hidden field of this survey' : 'an earlier question'}`
						);
				}
			}
			seen.set(question.id, index);
			for (const key of ['choices', 'rows'] as const) {
				const list = (question as { [k in typeof key]?: { id: string }[] })[key];
				if (!list) continue;
				const ids = new Set<string>();
				list.forEach((choice, c) => {
					if (choice.id === '__other')
						issue(['questions', index, key, c, 'id'], '"__other" is kept for the “Other” answer');
					if (ids.has(choice.id))
						issue(['questions', index, key, c, 'id'], `"${choice.id}" appears twice`);
					ids.add(choice.id);
				});
			}
			if ((question.type === 'nps' || question.type === 'enps') && question.reasons?.byGroup) {
				const ids = new Set(question.reasons.choices.map((c) => c.id));
				for (const group of npsGroups) {
					for (const id of question.reasons.byGroup[group]) {
						if (!ids.has(id))
							issue(
								['questions', index, 'reasons', 'byGroup', group],
								`"${id}" is not one of the reasons`
							);
					}
				}
			}
			if (question.type === 'multiple_choice') {
				if (question.max !== undefined && question.max > question.choices.length)
					issue(['questions', index, 'max'], 'More than there are choices');
				if (question.min !== undefined && question.max !== undefined && question.min > question.max)
					issue(['questions', index, 'min'], 'The minimum is above the maximum');
			}
			if (
				(question.type === 'slider' || question.type === 'number') &&
				question.min !== undefined &&
				question.max !== undefined &&
				question.min >= question.max
			) {
				issue(['questions', index, 'max'], 'The maximum must be above the minimum');
			}
			if (question.type === 'date' && question.min && question.max && question.min > question.max) {
				issue(['questions', index, 'max'], 'The latest date is before the earliest');
			}
		});
		// The introduction shows before any answer; the thank-you after all of them.
		const known = (field: string, questions: boolean) =>
			field.startsWith('hidden.') ? hidden.has(field.slice(7)) : questions && seen.has(field);
		for (const [key, questions] of [
			['intro', false],
			['thankYou', true]
		] as const) {
			const text = definition[key];
			if (text === undefined) continue;
			for (const field of (typeof text === 'string' ? [text] : Object.values(text)).flatMap(
				pipedFields
			))
				if (!known(field, questions))
					issue(
						[key],
						questions
							? `{{${field}}} is not a question or hidden field of this survey`
							: `{{${field}}} cannot be piped here: only hidden fields are known before the first question`
					);
		}
	});

export type SurveyDefinition = z.infer<typeof surveyDefinitionSchema>;
export type SurveyDefinitionInput = z.input<typeof surveyDefinitionSchema>;

/** Every field a piece of logic reads. */
export function logicFields(logic: Logic | undefined): string[] {
	if (!logic) return [];
	if ('all' in logic) return logic.all.flatMap(logicFields);
	if ('any' in logic) return logic.any.flatMap(logicFields);
	return [logic.field];
}
