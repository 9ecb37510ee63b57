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
	uuid,
	dateTime,
	strict,
	mapOf,
	hiddenReason,
	standardErrors,
	person,
	distributionStatus,
	ci95,
	segmentComparison,
	metricSchemas,
	metricTypes
} from './openapi-schemas';
import { outreachPaths } from './paths/outreach';
import { peoplePaths } from './paths/people';
import { resultPaths } from './paths/results';
import { surveyPaths } from './paths/surveys';
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
			...surveyPaths(),
			...resultPaths(),
			...outreachPaths(),
			...peoplePaths(),
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
