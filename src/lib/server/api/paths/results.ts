import { jsonBody, idParam, noStore, errorResponse, standardErrors } from '../openapi-schemas';

/** A survey’s results and their trend, as released under its promise. */
export function resultPaths() {
	return {
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
					'400': errorResponse(400, 'Unknown fields, bad dates, or two cuts of an employee survey'),
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
		}
	};
}
