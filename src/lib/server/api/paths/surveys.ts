import {
	ref,
	jsonBody,
	idParam,
	etagHeader,
	noStore,
	errorResponse,
	standardErrors
} from '../openapi-schemas';

/** The surveys: create, read, save, publish, close, and their responses. */
export function surveyPaths() {
	return {
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
					'400': errorResponse(400, 'Invalid: `issues` name each path (responses.17.answers.nps)'),
					'404': errorResponse(404, 'No such survey in this organisation'),
					'409': errorResponse(409, 'Not published'),
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
		}
	};
}
