import { jsonBody, idParam, noStore, errorResponse, standardErrors } from '../openapi-schemas';

/** Events that trigger surveys, and distributions with their status. */
export function outreachPaths() {
	return {
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
					'400': errorResponse(400, 'Invalid input or an empty audience: `issues` name each path'),
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
		}
	};
}
