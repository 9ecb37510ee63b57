import { z } from 'zod';
import { surveyDefinitionSchema } from '../../survey/definition';
import { config } from '../config';
import { distributionInputSchema } from '../distributions';
import { personInputSchema } from '../people';
import { importSchema } from '../responses';
import { eventInputSchema } from '../triggers';

/** A zod schema as an OpenAPI component (no `$schema` key inside components). */
function jsonSchemaOf(schema: z.ZodType) {
	const json: Record<string, unknown> = z.toJSONSchema(schema, {
		io: 'input',
		unrepresentable: 'any'
	});
	delete json.$schema;
	return json;
}

// The definition's JSON Schema comes from the zod schema itself, so the two cannot drift apart.
function definitionJsonSchema() {
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

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonBody = (name: string) => ({ content: { 'application/json': { schema: ref(name) } } });
const idParam = [
	{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }
];

const errorResponse = (description: string) => ({
	description,
	content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
});

const standardErrors = {
	'401': errorResponse('Missing, unknown or revoked API key'),
	'429': errorResponse('Too many requests for this key')
};

const person = {
	type: 'object',
	properties: {
		id: { type: 'string', format: 'uuid' },
		kind: { enum: ['employee', 'customer'] },
		email: { type: ['string', 'null'] },
		name: { type: ['string', 'null'] },
		externalId: { type: ['string', 'null'] },
		language: { type: ['string', 'null'] },
		attributes: { type: 'object', additionalProperties: { type: ['string', 'number'] } },
		managerId: { type: ['string', 'null'], format: 'uuid' },
		unsubscribedAt: { type: ['string', 'null'], format: 'date-time' },
		createdAt: { type: 'string', format: 'date-time' },
		updatedAt: { type: 'string', format: 'date-time' }
	}
};

const counts = {
	recipients: { type: 'integer' },
	pending: { type: 'integer' },
	sent: { type: 'integer' },
	failed: { type: 'integer' },
	skipped: { type: 'integer' },
	started: { type: 'integer' },
	completed: { type: 'integer' },
	responseRate: { type: ['number', 'null'], description: 'Completed / recipients, in %' }
};

const distributionStatus = {
	type: 'object',
	properties: {
		id: { type: 'string', format: 'uuid' },
		surveyId: { type: 'string', format: 'uuid' },
		sendAt: { type: 'string', format: 'date-time' },
		reminders: { type: 'array', items: { type: 'integer' } },
		expiresAt: { type: 'string', format: 'date-time' },
		createdAt: { type: 'string', format: 'date-time' },
		...counts,
		segments: {
			type: 'object',
			properties: {
				attribute: { type: 'string' },
				hidden: { type: 'integer', description: 'Groups hidden under the threshold' },
				groups: {
					type: 'array',
					items: { type: 'object', properties: { value: { type: 'string' }, ...counts } }
				}
			}
		}
	}
};

/**
 * The OpenAPI 3.1 description of /api/v1. A unit test compares its paths with the route files,
 * so a new endpoint without a description here fails the build.
 */
export function openApiDocument() {
	const definition = definitionJsonSchema();
	return {
		openapi: '3.1.0',
		info: {
			title: 'Hearken API',
			version: '1.0.0',
			description:
				'Every request carries `Authorization: Bearer <key>` and acts for the key’s organisation. Errors share one shape.'
		},
		servers: [{ url: `${config.origin}/api/v1` }],
		security: [{ bearer: [] }],
		paths: {
			'/me': {
				get: {
					operationId: 'getMe',
					summary: 'The organisation and key behind this request',
					responses: {
						'200': {
							description: 'The key’s organisation and the key',
							content: { 'application/json': { schema: { $ref: '#/components/schemas/Me' } } }
						},
						...standardErrors
					}
				}
			},
			'/surveys': {
				get: {
					operationId: 'listSurveys',
					summary: 'The organisation’s surveys, newest change first',
					parameters: [
						{
							name: 'search',
							in: 'query',
							schema: { type: 'string', maxLength: 200 },
							description: 'Part of the title'
						},
						{ name: 'status', in: 'query', schema: { enum: ['draft', 'published', 'closed'] } },
						{ name: 'audience', in: 'query', schema: { enum: ['customer', 'employee'] } }
					],
					responses: {
						'200': { description: 'Surveys', ...jsonBody('SurveyList') },
						...standardErrors
					}
				},
				post: {
					operationId: 'createSurvey',
					summary: 'Create a draft survey from a definition',
					requestBody: { required: true, ...jsonBody('SurveyDefinition') },
					responses: {
						'201': { description: 'The new draft (ETag: its revision)', ...jsonBody('Survey') },
						'400': errorResponse('Invalid definition: `issues` name each path'),
						...standardErrors
					}
				}
			},
			'/surveys/{id}': {
				parameters: idParam,
				get: {
					operationId: 'getSurvey',
					summary: 'A survey with its newest definition',
					responses: {
						'200': { description: 'The survey (ETag: its revision)', ...jsonBody('Survey') },
						'404': errorResponse('No such survey in this organisation'),
						...standardErrors
					}
				},
				put: {
					operationId: 'replaceSurveyDraft',
					summary: 'Replace the draft; editing a published survey opens a new draft version',
					parameters: [
						{
							name: 'If-Match',
							in: 'header',
							required: false,
							description: 'The ETag you read; a stale one is refused with 409',
							schema: { type: 'string' }
						}
					],
					requestBody: { required: true, ...jsonBody('SurveyDefinition') },
					responses: {
						'200': { description: 'The saved survey', ...jsonBody('Survey') },
						'400': errorResponse('Invalid definition, or a published question changed type'),
						'404': errorResponse('No such survey in this organisation'),
						'409': errorResponse('Saved by someone else since your copy (If-Match)'),
						...standardErrors
					}
				},
				delete: {
					operationId: 'deleteSurvey',
					summary: 'Delete a survey and its versions',
					responses: {
						'204': { description: 'Deleted' },
						'404': errorResponse('No such survey in this organisation'),
						'409': errorResponse('It has responses: close it instead'),
						...standardErrors
					}
				}
			},
			'/surveys/{id}/responses': {
				parameters: idParam,
				get: {
					operationId: 'listResponses',
					summary:
						'Completed responses, oldest first: JSON a page at a time, or all of them as streamed CSV (text cells that a spreadsheet would run as a formula start with an apostrophe)',
					parameters: [
						{ name: 'format', in: 'query', schema: { enum: ['json', 'csv'], default: 'json' } },
						{
							name: 'cursor',
							in: 'query',
							schema: { type: 'string' },
							description: 'The nextCursor of the previous page'
						},
						{
							name: 'limit',
							in: 'query',
							schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 }
						}
					],
					responses: {
						'200': {
							description: 'A page of responses (JSON) or every response (text/csv)',
							...jsonBody('ResponsePage')
						},
						'400': errorResponse('A bad cursor, limit or format'),
						'403': errorResponse(
							'An anonymous or confidential employee survey: only group results are shown'
						),
						'404': errorResponse('No such published survey in this organisation'),
						...standardErrors
					}
				},
				post: {
					operationId: 'importResponses',
					summary:
						'Import completed responses from another channel: one, or up to 1,000 at once, all or none',
					parameters: [
						{
							name: 'Idempotency-Key',
							in: 'header',
							schema: { type: 'string', maxLength: 200 },
							description: 'A retried request with the same key stores nothing twice'
						}
					],
					requestBody: { required: true, ...jsonBody('ResponseImport') },
					responses: {
						'201': { description: 'The ids of the stored responses', ...jsonBody('ResponseIds') },
						'400': errorResponse('Invalid: `issues` name each path (responses.17.answers.nps)'),
						'404': errorResponse('No such survey in this organisation'),
						'409': errorResponse('Not published'),
						...standardErrors
					}
				}
			},
			'/surveys/{id}/results': {
				parameters: idParam,
				get: {
					operationId: 'getResults',
					summary:
						'Scores per question, and per segment with `by` (each compared with the rest of the survey). Employee surveys: groups under the threshold are suppressed, and results are cut one way at a time',
					parameters: [
						{
							name: 'by',
							in: 'query',
							schema: { type: 'string' },
							description: 'A hidden field, or a single choice, dropdown or yes/no question id'
						},
						{ name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
						{
							name: 'to',
							in: 'query',
							schema: { type: 'string', format: 'date' },
							description: 'Inclusive'
						},
						{
							name: 'filter',
							in: 'query',
							style: 'deepObject',
							explode: true,
							schema: { type: 'object', additionalProperties: { type: 'string' } },
							description: 'filter[store]=12; an empty value means "not given"'
						}
					],
					responses: {
						'200': { description: 'The results', ...jsonBody('Results') },
						'400': errorResponse('Unknown fields, bad dates, or two cuts of an employee survey'),
						'404': errorResponse('No such published survey in this organisation'),
						...standardErrors
					}
				}
			},
			'/surveys/{id}/results/trend': {
				parameters: idParam,
				get: {
					operationId: 'getTrend',
					summary: "One score question's figure per week or month, with n and a 95% interval",
					parameters: [
						{ name: 'question', in: 'query', required: true, schema: { type: 'string' } },
						{
							name: 'interval',
							in: 'query',
							schema: { enum: ['week', 'month'], default: 'month' }
						},
						{ name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
						{ name: 'to', in: 'query', schema: { type: 'string', format: 'date' } },
						{
							name: 'filter',
							in: 'query',
							style: 'deepObject',
							explode: true,
							schema: { type: 'object', additionalProperties: { type: 'string' } }
						}
					],
					responses: {
						'200': { description: 'The points, oldest first', ...jsonBody('Trend') },
						'400': errorResponse(
							'Not a score question, a bad interval, or two cuts of an employee survey'
						),
						'404': errorResponse('No such published survey in this organisation'),
						...standardErrors
					}
				}
			},
			'/surveys/{id}/publish': {
				parameters: idParam,
				post: {
					operationId: 'publishSurvey',
					summary: 'Freeze the draft as the published version',
					responses: {
						'200': { description: 'Published', ...jsonBody('PublishResult') },
						'404': errorResponse('No such survey in this organisation'),
						...standardErrors
					}
				}
			},
			'/surveys/{id}/close': {
				parameters: idParam,
				post: {
					operationId: 'closeSurvey',
					summary: 'Stop accepting responses',
					responses: {
						'200': { description: 'Closed' },
						'404': errorResponse('No such survey in this organisation'),
						'409': errorResponse('Not published'),
						...standardErrors
					}
				}
			},
			'/events': {
				post: {
					operationId: 'postEvent',
					parameters: [
						{
							name: 'Idempotency-Key',
							in: 'header',
							schema: { type: 'string', maxLength: 200 },
							description: 'The same key again answers the same event and sends nothing twice'
						}
					],
					summary:
						'An event about a customer (e.g. order.delivered): the person is added to or updated in the directory (fields besides email, name, externalId and language are attributes), and each active trigger rule of the type sends its survey after its delay, within the organisation’s contact frequency',
					requestBody: { required: true, ...jsonBody('EventInput') },
					responses: {
						'202': {
							description: 'Stored; `scheduled` rules will send',
							content: {
								'application/json': {
									schema: {
										type: 'object',
										properties: {
											id: { type: 'string', format: 'uuid' },
											scheduled: { type: 'integer' }
										}
									}
								}
							}
						},
						'400': errorResponse('Invalid event or person: `issues` name each path'),
						...standardErrors
					}
				}
			},
			'/people': {
				get: {
					operationId: 'listPeople',
					summary: 'The directory in id order, a page at a time',
					parameters: [
						{ name: 'cursor', in: 'query', schema: { type: 'string', format: 'uuid' } },
						{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000 } },
						{ name: 'kind', in: 'query', schema: { enum: ['employee', 'customer'] } },
						{
							name: 'search',
							in: 'query',
							schema: { type: 'string' },
							description: 'Part of an e-mail, name or external id'
						},
						{
							name: 'under',
							in: 'query',
							schema: { type: 'string', format: 'uuid' },
							description: 'Everyone under this person in the hierarchy'
						},
						{
							name: 'filter',
							in: 'query',
							style: 'deepObject',
							explode: true,
							schema: { type: 'object', additionalProperties: { type: 'string' } },
							description: 'filter[department]=Sales'
						}
					],
					responses: {
						'200': { description: 'People and the next cursor', ...jsonBody('PeoplePage') },
						'400': errorResponse('A bad parameter'),
						...standardErrors
					}
				},
				put: {
					operationId: 'upsertPeople',
					summary:
						'Create or update up to 5,000 people, matched on external id, else e-mail; valid people are stored even when others are refused',
					requestBody: { required: true, ...jsonBody('PeopleUpsert') },
					responses: {
						'200': { description: 'Counts, and each refused person', ...jsonBody('UpsertResult') },
						'400': errorResponse('Not a list of up to 5,000 people'),
						...standardErrors
					}
				}
			},
			'/people/{id}': {
				parameters: idParam,
				get: {
					operationId: 'getPerson',
					summary: 'One person',
					responses: {
						'200': { description: 'The person', ...jsonBody('Person') },
						'404': errorResponse('No such person in this organisation'),
						...standardErrors
					}
				},
				delete: {
					operationId: 'erasePerson',
					summary:
						'Erase a person’s personal data: their responses stay in results but lose the link',
					responses: {
						'204': { description: 'Erased' },
						'404': errorResponse('No such person in this organisation'),
						...standardErrors
					}
				}
			},
			'/surveys/{id}/distributions': {
				parameters: idParam,
				get: {
					operationId: 'listDistributions',
					summary: 'The survey’s distributions, newest first, with their counts',
					responses: {
						'200': { description: 'Distributions', ...jsonBody('DistributionList') },
						...standardErrors
					}
				},
				post: {
					operationId: 'createDistribution',
					summary:
						'Send the published survey by e-mail to people picked by attributes or addresses, now or at sendAt, with reminders (days after) to those who have not answered',
					requestBody: { required: true, ...jsonBody('DistributionInput') },
					responses: {
						'201': { description: 'Created', ...jsonBody('DistributionCreated') },
						'400': errorResponse('Invalid input or an empty audience: `issues` name each path'),
						'404': errorResponse('No such survey in this organisation'),
						'409': errorResponse('The survey is not published'),
						...standardErrors
					}
				}
			},
			'/surveys/{id}/distributions/{distributionId}': {
				parameters: [
					...idParam,
					{
						name: 'distributionId',
						in: 'path',
						required: true,
						schema: { type: 'string', format: 'uuid' }
					}
				],
				get: {
					operationId: 'getDistribution',
					summary:
						'Recipients, sent, failed, skipped, started, completed and response rate; per attribute value with `by` (employee surveys: groups under the threshold hidden)',
					parameters: [{ name: 'by', in: 'query', schema: { type: 'string' } }],
					responses: {
						'200': { description: 'Status counts', ...jsonBody('DistributionStatus') },
						'400': errorResponse('No such attribute'),
						'404': errorResponse('No such distribution of this survey'),
						...standardErrors
					}
				}
			},
			'/openapi.json': {
				get: {
					operationId: 'getOpenApi',
					summary: 'This description',
					security: [],
					responses: { '200': { description: 'The OpenAPI 3.1 document' } }
				}
			}
		},
		components: {
			securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
			schemas: {
				PeopleUpsert: jsonSchemaOf(
					z.object({
						people: z.array(personInputSchema).min(1).max(5000),
						kind: z.enum(['employee', 'customer']).optional()
					})
				),
				DistributionInput: jsonSchemaOf(distributionInputSchema),
				EventInput: jsonSchemaOf(eventInputSchema),
				Person: person,
				PeoplePage: {
					type: 'object',
					required: ['people', 'nextCursor'],
					properties: {
						people: { type: 'array', items: person },
						nextCursor: { type: ['string', 'null'] }
					}
				},
				UpsertResult: {
					type: 'object',
					required: ['created', 'updated', 'errors'],
					properties: {
						created: { type: 'integer' },
						updated: { type: 'integer' },
						errors: {
							type: 'array',
							items: {
								type: 'object',
								properties: {
									index: { type: 'integer' },
									path: { type: 'string' },
									message: { type: 'string' },
									loop: {
										type: 'array',
										items: { type: 'string' },
										description:
											'A manager link refused because it would close a loop: the people in it (external id or e-mail), from this person up to them again'
									}
								}
							}
						}
					}
				},
				DistributionCreated: {
					type: 'object',
					required: ['id', 'recipients'],
					properties: { id: { type: 'string', format: 'uuid' }, recipients: { type: 'integer' } }
				},
				DistributionStatus: distributionStatus,
				DistributionList: {
					type: 'object',
					properties: { distributions: { type: 'array', items: distributionStatus } }
				},
				SurveyDefinition: definition.schema,
				...definition.defs,
				Survey: {
					type: 'object',
					required: ['id', 'status', 'version', 'revision', 'definition'],
					properties: {
						id: { type: 'string', format: 'uuid' },
						status: { enum: ['draft', 'published', 'closed'] },
						title: { type: 'string' },
						audience: { enum: ['customer', 'employee'] },
						version: {
							type: 'integer',
							description: 'The newest version (the open draft, if any)'
						},
						publishedVersion: { type: ['integer', 'null'] },
						revision: { type: 'integer', description: 'Counts saves; the ETag' },
						url: { type: ['string', 'null'], description: 'The public link once published' },
						createdAt: { type: 'string', format: 'date-time' },
						updatedAt: { type: 'string', format: 'date-time' },
						definition: ref('SurveyDefinition')
					}
				},
				SurveyList: {
					type: 'object',
					required: ['surveys'],
					properties: {
						surveys: {
							type: 'array',
							items: {
								type: 'object',
								required: ['id', 'status', 'title', 'audience', 'version', 'responses'],
								properties: {
									id: { type: 'string', format: 'uuid' },
									status: { enum: ['draft', 'published', 'closed'] },
									title: { type: 'string' },
									audience: { enum: ['customer', 'employee'] },
									version: { type: 'integer' },
									publishedVersion: { type: ['integer', 'null'] },
									responses: {
										type: ['integer', 'null'],
										description:
											'Completed responses; null for an employee survey under its anonymity threshold'
									},
									createdAt: { type: 'string', format: 'date-time' },
									updatedAt: { type: 'string', format: 'date-time' }
								}
							}
						}
					}
				},
				ResponseImport: jsonSchemaOf(importSchema),
				ResponseIds: {
					type: 'object',
					required: ['ids'],
					properties: { ids: { type: 'array', items: { type: 'string', format: 'uuid' } } }
				},
				Results: {
					type: 'object',
					required: ['surveyId', 'responses', 'threshold', 'questions'],
					properties: {
						surveyId: { type: 'string', format: 'uuid' },
						responses: { type: ['integer', 'null'], description: 'null when suppressed' },
						threshold: {
							type: ['integer', 'null'],
							description: 'Employee surveys: the smallest group shown'
						},
						suppressed: { const: true },
						questions: { type: 'object', additionalProperties: ref('Metric') },
						segments: {
							type: 'array',
							items: {
								type: 'object',
								required: ['value', 'suppressed'],
								properties: {
									value: { type: ['string', 'null'], description: 'null: not given' },
									suppressed: { type: 'boolean' },
									responses: { type: 'integer' },
									questions: { type: 'object', additionalProperties: ref('Metric') }
								}
							}
						}
					}
				},
				Metric: {
					type: 'object',
					required: ['type'],
					description:
						'By type: nps/enps {n, score, promoters, passives, detractors, ci95, distribution, reasons?}; csat {n, score, mean, ci95}; ces {n, mean, easyShare, ci95}; likert/rating/slider {n, mean, ci95, distribution, favourable?}; matrix {n, rows}; ranking {n, positions}; choices {n, counts}. In a segment: significant and smallSample. Suppressed: {type, suppressed: true}. Scores and shares in percent with one decimal, means with two.',
					properties: {
						type: { type: 'string' },
						n: { type: 'integer' },
						score: { type: 'number' },
						mean: { type: 'number' },
						ci95: { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 },
						suppressed: { const: true },
						significant: { type: 'boolean' },
						smallSample: { type: 'boolean' }
					}
				},
				Trend: {
					type: 'object',
					required: ['surveyId', 'question', 'interval', 'threshold', 'points'],
					properties: {
						surveyId: { type: 'string', format: 'uuid' },
						question: { type: 'string' },
						interval: { enum: ['week', 'month'] },
						threshold: { type: ['integer', 'null'] },
						points: {
							type: 'array',
							items: {
								type: 'object',
								required: ['period'],
								properties: {
									period: {
										type: 'string',
										format: 'date',
										description: 'The first day of the week (Monday) or month'
									},
									n: { type: 'integer' },
									score: { type: 'number' },
									ci95: { type: 'array', items: { type: 'number' } },
									suppressed: { const: true }
								}
							}
						}
					}
				},
				ResponsePage: {
					type: 'object',
					required: ['responses', 'nextCursor'],
					properties: {
						responses: {
							type: 'array',
							items: {
								type: 'object',
								required: ['id', 'version', 'language', 'completedAt', 'answers', 'hidden'],
								properties: {
									id: { type: 'string', format: 'uuid' },
									version: { type: 'integer' },
									language: { type: 'string' },
									completedAt: { type: 'string', format: 'date-time' },
									answers: { type: 'object' },
									hidden: { type: 'object' }
								}
							}
						},
						nextCursor: { type: ['string', 'null'] }
					}
				},
				PublishResult: {
					type: 'object',
					required: ['status', 'version', 'url'],
					properties: {
						status: { const: 'published' },
						version: { type: 'integer' },
						url: { type: 'string', format: 'uri' }
					}
				},
				Me: {
					type: 'object',
					required: ['org', 'key'],
					properties: {
						org: {
							type: 'object',
							required: ['id', 'slug', 'name'],
							properties: {
								id: { type: 'string', format: 'uuid' },
								slug: { type: 'string' },
								name: { type: 'string' }
							}
						},
						key: {
							type: 'object',
							required: ['id', 'name'],
							properties: { id: { type: 'string', format: 'uuid' }, name: { type: 'string' } }
						}
					}
				},
				Error: {
					type: 'object',
					required: ['error'],
					properties: {
						error: {
							type: 'object',
							required: ['code', 'message'],
							properties: {
								code: { type: 'string', examples: ['unauthorized', 'not_found', 'invalid_input'] },
								message: { type: 'string' },
								issues: {
									type: 'array',
									description: 'Only for invalid input',
									items: {
										type: 'object',
										required: ['path', 'message'],
										properties: { path: { type: 'string' }, message: { type: 'string' } }
									}
								}
							}
						}
					}
				}
			}
		}
	};
}
