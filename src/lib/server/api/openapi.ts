import { z } from 'zod';
import { config } from '../platform';
import { distributionInputSchema, eventInputSchema, skipReasons } from '../outreach';
import { personInputSchema } from '../people';
import { importSchema } from '../responses';
import { errorCodes } from './respond';
import {
	jsonSchemaOf,
	definitionJsonSchema,
	ref,
	jsonBody,
	idParam,
	uuid,
	dateTime,
	strict,
	mapOf,
	hiddenReason,
	etagHeader,
	noStore,
	errorResponse,
	standardErrors,
	person,
	distributionStatus,
	ci95,
	segmentComparison,
	metricSchemas,
	metricTypes
} from './openapi-schemas';

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
				'Every request carries `Authorization: Bearer <key>` and acts for the key’s organisation. Errors share one shape, and each status has one `code` (400 bad_request, 401 unauthorized, 403 forbidden, 404 not_found, 409 conflict, 429 rate_limited).'
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
						'400': errorResponse(400, 'A bad status, audience or search: `issues` name each'),
						...standardErrors
					}
				},
				post: {
					operationId: 'createSurvey',
					summary: 'Create a draft survey from a definition',
					requestBody: { required: true, ...jsonBody('SurveyDefinition') },
					responses: {
						'201': {
							description: 'The new draft (ETag: its revision)',
							headers: etagHeader,
							...jsonBody('Survey')
						},
						'400': errorResponse(400, 'Invalid definition: `issues` name each path'),
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
						'200': {
							description: 'The survey (ETag: its revision)',
							headers: etagHeader,
							...jsonBody('Survey')
						},
						'404': errorResponse(404, 'No such survey in this organisation'),
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
							description:
								'The ETag you read ("3"); a stale one is refused with 409, one that is not an ETag with 400',
							schema: { type: 'string' }
						}
					],
					requestBody: { required: true, ...jsonBody('SurveyDefinition') },
					responses: {
						'200': {
							description: 'The saved survey (ETag: its new revision)',
							headers: etagHeader,
							...jsonBody('Survey')
						},
						'400': errorResponse(400, 'Invalid definition, or a published question changed type'),
						'404': errorResponse(404, 'No such survey in this organisation'),
						'409': errorResponse(409, 'Saved by someone else since your copy (If-Match)'),
						...standardErrors
					}
				},
				delete: {
					operationId: 'deleteSurvey',
					summary: 'Delete a survey and its versions',
					responses: {
						'204': { description: 'Deleted' },
						'404': errorResponse(404, 'No such survey in this organisation'),
						'409': errorResponse(409, 'It has responses: close it instead'),
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
							headers: noStore,
							content: {
								'application/json': { schema: ref('ResponsePage') },
								'text/csv': {
									schema: {
										type: 'string',
										description:
											'UTF-8 with a byte-order mark; a header row, then one row per response'
									}
								}
							}
						},
						'400': errorResponse(400, 'A bad cursor, limit or format'),
						'403': errorResponse(
							403,
							'An anonymous or confidential employee survey: only group results are shown'
						),
						'404': errorResponse(404, 'No such published survey in this organisation'),
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
						'400': errorResponse(
							400,
							'Invalid: `issues` name each path (responses.17.answers.nps)'
						),
						'404': errorResponse(404, 'No such survey in this organisation'),
						'409': errorResponse(409, 'Not published'),
						...standardErrors
					}
				}
			},
			'/surveys/{id}/results': {
				parameters: idParam,
				get: {
					operationId: 'getResults',
					summary:
						'Scores per question, and per segment with `by` (each compared with the rest of the survey). Employee surveys: groups under the threshold are suppressed, and results are cut one way at a time. A pulse program’s survey lists every item any round asked, each with its own n (`by=round` splits them by round)',
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
						'200': { description: 'The results', headers: noStore, ...jsonBody('Results') },
						'400': errorResponse(
							400,
							'Unknown fields, bad dates, or two cuts of an employee survey'
						),
						'404': errorResponse(404, 'No such published survey in this organisation'),
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
						'200': {
							description: 'The points, oldest first',
							headers: noStore,
							...jsonBody('Trend')
						},
						'400': errorResponse(
							400,
							'Not a score question, a bad interval, or two cuts of an employee survey'
						),
						'404': errorResponse(404, 'No such published survey in this organisation'),
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
						'400': errorResponse(
							400,
							'A text lacks its translation, or the survey has no question: `issues` name each path'
						),
						'404': errorResponse(404, 'No such survey in this organisation'),
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
						'200': { description: 'Closed', ...jsonBody('CloseResult') },
						'404': errorResponse(404, 'No such survey in this organisation'),
						'409': errorResponse(409, 'Not published'),
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
							description:
								'Stored; `scheduled` rules will send, `skipped` ones will not (with the reason)',
							...jsonBody('EventAccepted')
						},
						'400': errorResponse(400, 'Invalid event or person: `issues` name each path'),
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
						'400': errorResponse(400, 'A bad parameter'),
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
						'400': errorResponse(400, 'Not a list of up to 5,000 people'),
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
						'404': errorResponse(404, 'No such person in this organisation'),
						...standardErrors
					}
				},
				delete: {
					operationId: 'erasePerson',
					summary:
						'Erase a person’s personal data: their responses stay in results but lose the link',
					responses: {
						'204': { description: 'Erased' },
						'404': errorResponse(404, 'No such person in this organisation'),
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
						'200': {
							description: 'Distributions',
							headers: noStore,
							...jsonBody('DistributionList')
						},
						'404': errorResponse(404, 'No such published survey in this organisation'),
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
						'400': errorResponse(
							400,
							'Invalid input or an empty audience: `issues` name each path'
						),
						'404': errorResponse(404, 'No such survey in this organisation'),
						'409': errorResponse(409, 'The survey is not published'),
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
						'200': {
							description: 'Status counts',
							headers: noStore,
							...jsonBody('DistributionStatus')
						},
						'400': errorResponse(400, 'No such attribute'),
						'404': errorResponse(404, 'No such distribution of this survey'),
						...standardErrors
					}
				}
			},
			'/openapi.json': {
				get: {
					operationId: 'getOpenApi',
					summary: 'This description',
					security: [],
					responses: {
						'200': {
							description: 'The OpenAPI 3.1 document',
							content: {
								'application/json': {
									schema: {
										type: 'object',
										required: ['openapi', 'info', 'paths', 'components'],
										properties: { openapi: { const: '3.1.0' } }
									}
								}
							}
						}
					}
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
				PeoplePage: strict({
					people: { type: 'array', items: person },
					nextCursor: { type: ['string', 'null'] }
				}),
				UpsertResult: strict({
					created: { type: 'integer' },
					updated: { type: 'integer' },
					errors: {
						type: 'array',
						items: strict(
							{
								index: { type: 'integer' },
								path: { type: 'string' },
								message: { type: 'string' },
								loop: {
									type: 'array',
									items: { type: 'string' },
									description:
										'A manager link refused because it would close a loop: the people in it (external id or e-mail), from this person up to them again'
								}
							},
							['index', 'path', 'message']
						)
					}
				}),
				DistributionCreated: strict({ id: uuid, recipients: { type: 'integer' } }),
				DistributionStatus: distributionStatus,
				DistributionList: strict({ distributions: { type: 'array', items: distributionStatus } }),
				EventAccepted: strict({
					id: uuid,
					scheduled: {
						type: 'integer',
						description: 'Rules whose survey goes out to the person (after their delay)'
					},
					skipped: {
						type: 'array',
						description: 'Rules whose survey does not go out, and why',
						items: strict({
							ruleId: uuid,
							surveyId: { type: ['string', 'null'], format: 'uuid' },
							reason: {
								enum: [...skipReasons],
								description:
									'contact_frequency (invited within the organisation’s contact frequency), unsubscribed, no_email, survey_not_published, survey_anonymous, rule_off, person_erased, or other'
							},
							message: { type: 'string', description: 'The reason in words' }
						})
					}
				}),
				SurveyDefinition: definition.schema,
				...definition.defs,
				Survey: strict({
					id: uuid,
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
					createdAt: dateTime,
					updatedAt: dateTime,
					definition: ref('SurveyDefinition')
				}),
				SurveyList: strict({
					surveys: {
						type: 'array',
						items: strict({
							id: uuid,
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
							createdAt: dateTime,
							updatedAt: dateTime
						})
					}
				}),
				ResponseIds: strict({ ids: { type: 'array', items: uuid } }),
				ResponseImport: jsonSchemaOf(importSchema),
				Results: strict(
					{
						surveyId: uuid,
						responses: { type: ['integer', 'null'], description: 'null when suppressed' },
						threshold: {
							type: ['integer', 'null'],
							description: 'Employee surveys: the smallest group shown'
						},
						suppressed: {
							const: true,
							description: 'The whole answer is hidden: fewer responses in scope than the threshold'
						},
						reason: hiddenReason,
						from: {
							type: 'string',
							format: 'date',
							description: 'The range read (an employee survey’s widened to whole months)'
						},
						to: { type: 'string', format: 'date' },
						questions: mapOf(ref('QuestionMetric')),
						segments: {
							type: 'array',
							items: {
								oneOf: [
									strict(
										{
											value: { type: ['string', 'null'], description: 'null: not given' },
											suppressed: { const: true },
											reason: hiddenReason
										},
										['value', 'suppressed']
									),
									strict({
										value: { type: ['string', 'null'] },
										suppressed: { const: false },
										responses: { type: 'integer' },
										questions: mapOf(ref('QuestionMetric'))
									})
								]
							}
						},
						completion: ref('Completion')
					},
					['surveyId', 'responses', 'threshold', 'questions']
				),
				Completion: strict({
					started: {
						type: ['integer', 'null'],
						description: 'null in an employee survey when those who left are under its threshold'
					},
					completed: { type: 'integer' },
					rate: { type: ['number', 'null'], description: 'Completed / started, in %' },
					dropOff: {
						type: 'array',
						description: 'In question order; afterQuestion null: left before answering anything',
						items: {
							oneOf: [
								strict({ afterQuestion: { type: ['string', 'null'] }, left: { type: 'integer' } }),
								strict({ afterQuestion: { type: ['string', 'null'] }, suppressed: { const: true } })
							]
						}
					}
				}),
				QuestionMetric: {
					description:
						'A question’s figures, or only its type where they are hidden under an employee survey’s threshold',
					oneOf: [ref('Metric'), ref('SuppressedMetric')]
				},
				Metric: {
					description:
						'By question type. Scores and shares in percent with one decimal, means with two; in a segment, compared with the rest of the survey.',
					oneOf: Object.keys(metricSchemas).map(ref),
					discriminator: {
						propertyName: 'type',
						mapping: Object.fromEntries(
							Object.entries(metricTypes).map(([type, name]) => [type, ref(name).$ref])
						)
					}
				},
				...metricSchemas,
				SuppressedMetric: strict(
					{
						type: { type: 'string' },
						suppressed: { const: true },
						reason: hiddenReason,
						...segmentComparison
					},
					['type', 'suppressed']
				),
				Trend: strict({
					surveyId: uuid,
					question: { type: 'string' },
					interval: { enum: ['week', 'month'] },
					threshold: { type: ['integer', 'null'] },
					points: {
						type: 'array',
						items: {
							oneOf: [
								strict({
									period: {
										type: 'string',
										format: 'date',
										description: 'The first day of the week (Monday) or month'
									},
									n: { type: 'integer' },
									score: { type: 'number' },
									ci95
								}),
								strict(
									{
										period: { type: 'string', format: 'date' },
										suppressed: { const: true },
										reason: hiddenReason
									},
									['period', 'suppressed']
								)
							]
						}
					}
				}),
				ResponsePage: strict({
					responses: {
						type: 'array',
						items: strict({
							id: uuid,
							version: { type: 'integer' },
							language: { type: 'string' },
							completedAt: dateTime,
							answers: { type: 'object' },
							hidden: { ...mapOf({ type: 'string' }) }
						})
					},
					nextCursor: { type: ['string', 'null'] }
				}),
				PublishResult: strict({
					status: { const: 'published' },
					version: { type: 'integer' },
					url: { type: 'string', format: 'uri' }
				}),
				CloseResult: strict({
					status: { const: 'closed' },
					version: { type: 'integer', description: 'The published version, now closed' }
				}),
				Me: strict({
					org: strict({ id: uuid, slug: { type: 'string' }, name: { type: 'string' } }),
					key: strict({ id: uuid, name: { type: 'string' } })
				}),
				Error: strict({
					error: strict(
						{
							code: { type: 'string', examples: ['bad_request', 'unauthorized', 'not_found'] },
							message: { type: 'string' },
							issues: {
								type: 'array',
								description: 'Only for invalid input (400)',
								items: strict({ path: { type: 'string' }, message: { type: 'string' } })
							}
						},
						['code', 'message']
					)
				}),
				// One schema per status: the same shape, and the status's one code.
				...Object.fromEntries(
					Object.entries(errorCodes).map(([status, code]) => [
						`Error${status}`,
						{
							allOf: [ref('Error')],
							properties: { error: { properties: { code: { const: code } } } }
						}
					])
				)
			}
		}
	};
}
