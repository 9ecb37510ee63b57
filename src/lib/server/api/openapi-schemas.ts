import { z } from 'zod';
import { surveyDefinitionSchema } from '../../survey/definition';
import { errorCodes } from './respond';

// The building blocks of the API description (openapi.ts): components from the zod schemas the
// server validates with, shared shapes, headers, errors and the results' metric schemas.
/** A zod schema as an OpenAPI component (no `$schema` key inside components). */
export function jsonSchemaOf(schema: z.ZodType) {
	const json: Record<string, unknown> = z.toJSONSchema(schema, {
		io: 'input',
		unrepresentable: 'any'
	});
	delete json.$schema;
	return json;
}

// The definition's JSON Schema comes from the zod schema itself, so the two cannot drift apart.
export function definitionJsonSchema() {
	const {
		$schema: _drop,
		$defs,
		...rest
	} = z.toJSONSchema(surveyDefinitionSchema, {
		io: 'input',
		unrepresentable: 'any'
	}) as Record<string, unknown> & { $defs?: Record<string, unknown> };
	void _drop;
	// Local references point into components, where the definitions are placed.
	const json = JSON.stringify({ rest, $defs: $defs ?? {} }).replaceAll(
		'#/$defs/',
		'#/components/schemas/'
	);
	const parsed = JSON.parse(json) as {
		rest: Record<string, unknown>;
		$defs: Record<string, unknown>;
	};
	return { schema: parsed.rest, defs: parsed.$defs };
}

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const jsonBody = (name: string) => ({
	content: { 'application/json': { schema: ref(name) } }
});
export const idParam = [
	{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }
];
export const uuid = { type: 'string', format: 'uuid' };
export const dateTime = { type: 'string', format: 'date-time' };
/** A JSON object of exactly these properties (the API's shapes are fixed, so a test can tell). */
export const strict = <P extends Record<string, unknown>>(
	properties: P,
	required: string[] = Object.keys(properties)
) => ({
	type: 'object',
	additionalProperties: false,
	required,
	properties
});
export const mapOf = (schema: unknown) => ({ type: 'object', additionalProperties: schema });
export const hiddenReason = {
	enum: ['small', 'protecting', 'either'],
	description:
		'Why it is hidden: small (fewer responses than the threshold), protecting (hidden so a smaller group cannot be worked out), or either (saying which would give a size away)'
};

const header = (description: string, schema: unknown = { type: 'string' }) => ({
	description,
	required: true,
	schema
});
export const etagHeader = {
	ETag: header('The survey’s revision, quoted ("3"): send it back as If-Match', {
		type: 'string',
		pattern: '^"\\d+"$'
	})
};
export const noStore = {
	'Cache-Control': header('private, no-store', { const: 'private, no-store' })
};

/** An error answer: one schema per status, whose `code` is that status's one code. */
export const errorResponse = (status: keyof typeof errorCodes, description: string) => ({
	description,
	...(status === 401
		? { headers: { 'WWW-Authenticate': header('Bearer, with the reason for an unknown key') } }
		: status === 429
			? {
					headers: {
						'Retry-After': header('Seconds to wait', { type: 'string', pattern: '^\\d+$' })
					}
				}
			: {}),
	content: { 'application/json': { schema: ref(`Error${status}`) } }
});

export const standardErrors = {
	'401': errorResponse(401, 'Missing, unknown or revoked API key'),
	'429': errorResponse(429, 'Too many requests for this key')
};

export const person = strict({
	id: uuid,
	kind: { enum: ['employee', 'customer'] },
	email: { type: ['string', 'null'] },
	name: { type: ['string', 'null'] },
	externalId: { type: ['string', 'null'] },
	language: { type: ['string', 'null'] },
	attributes: mapOf({ type: ['string', 'number'] }),
	managerId: { type: ['string', 'null'], format: 'uuid' },
	unsubscribedAt: { type: ['string', 'null'], format: 'date-time' },
	createdAt: dateTime,
	updatedAt: dateTime
});

const counts = {
	recipients: { type: 'integer' },
	pending: { type: 'integer' },
	sent: { type: 'integer' },
	failed: { type: 'integer' },
	skipped: { type: 'integer' },
	started: {
		type: ['integer', 'null'],
		description: 'null when hidden (fewer employees asked than the threshold)'
	},
	completed: { type: ['integer', 'null'] },
	responseRate: { type: ['number', 'null'], description: 'Completed / recipients, in %' }
};

export const distributionStatus = strict(
	{
		id: uuid,
		surveyId: uuid,
		sendAt: dateTime,
		reminders: { type: 'array', items: { type: 'integer' } },
		expiresAt: dateTime,
		createdAt: dateTime,
		...counts,
		participationHidden: {
			type: 'boolean',
			description:
				'Who opened and answered is not shown: fewer employees were asked than the survey’s threshold'
		},
		segments: strict({
			attribute: { type: 'string' },
			hidden: { type: 'integer', description: 'Groups hidden under the threshold' },
			hiddenReasons: {
				type: 'object',
				additionalProperties: false,
				properties: Object.fromEntries(hiddenReason.enum.map((r) => [r, { type: 'integer' }])),
				description: 'How many hidden groups for each reason'
			},
			groups: { type: 'array', items: strict({ value: { type: 'string' }, ...counts }) }
		})
	},
	[
		'id',
		'surveyId',
		'sendAt',
		'reminders',
		'expiresAt',
		'createdAt',
		...Object.keys(counts),
		'participationHidden'
	]
);

// Metrics, one schema per question type: `type` tells which (the discriminator).
export const ci95 = { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 };
const percent = { type: 'number', description: 'In percent, one decimal' };
export const segmentComparison = {
	significant: {
		type: 'boolean',
		description: 'In a segment: differs from the rest of the survey at 95%'
	},
	smallSample: { type: 'boolean', description: 'In a segment: fewer than 30 answers' }
};
export const metric = (
	types: string[],
	properties: Record<string, unknown>,
	optional: string[] = []
) =>
	strict({ type: { enum: types }, ...properties, ...segmentComparison }, [
		'type',
		...Object.keys(properties).filter((key) => !optional.includes(key))
	]);
const distribution = { ...mapOf({ type: 'integer' }), description: 'Answers per value' };
export const metricSchemas = {
	NpsMetric: metric(
		['nps', 'enps'],
		{
			n: { type: 'integer' },
			score: { type: 'number', description: '% promoters − % detractors' },
			promoters: percent,
			passives: percent,
			detractors: percent,
			ci95,
			distribution,
			reasons: mapOf(
				strict({
					detractor: { type: 'integer' },
					passive: { type: 'integer' },
					promoter: { type: 'integer' }
				})
			)
		},
		['reasons']
	),
	CsatMetric: metric(['csat'], {
		n: { type: 'integer' },
		score: { ...percent, description: 'Share of 4s and 5s, in %' },
		mean: { type: 'number' },
		ci95,
		distribution: mapOf({ type: 'integer' })
	}),
	CesMetric: metric(['ces'], {
		n: { type: 'integer' },
		mean: { type: 'number' },
		easyShare: { ...percent, description: 'Share of 5s and above, in %' },
		ci95,
		distribution: mapOf({ type: 'integer' })
	}),
	ScaleMetric: metric(
		['likert', 'rating', 'slider'],
		{
			n: { type: 'integer' },
			mean: { type: 'number' },
			ci95,
			distribution,
			favourable: { ...percent, description: 'Likert: share of 4s and 5s' },
			favourableCi95: ci95
		},
		['favourable', 'favourableCi95']
	),
	MatrixMetric: metric(
		['matrix'],
		{
			n: { type: 'integer', description: 'The most answered row’s' },
			rows: mapOf(
				strict(
					{
						n: { type: 'integer' },
						mean: { type: 'number' },
						distribution,
						favourable: percent
					},
					['n', 'mean', 'distribution']
				)
			),
			suppressedRows: {
				type: 'array',
				items: { type: 'string' },
				description: 'Employee surveys: rows too few answered in this group to show'
			}
		},
		['suppressedRows']
	),
	RankingMetric: metric(['ranking'], {
		n: { type: 'integer' },
		positions: { ...mapOf({ type: 'number' }), description: 'Mean position per choice' }
	}),
	ChoiceMetric: metric(['single_choice', 'dropdown', 'multiple_choice', 'yes_no'], {
		n: { type: 'integer' },
		counts: { ...mapOf({ type: 'integer' }), description: 'Answers per choice' }
	})
};
export const metricTypes: Record<string, keyof typeof metricSchemas> = {};
for (const [name, schema] of Object.entries(metricSchemas))
	for (const type of schema.properties.type.enum)
		metricTypes[type] = name as keyof typeof metricSchemas;
