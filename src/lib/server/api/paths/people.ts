import { jsonBody, idParam, errorResponse, standardErrors } from '../openapi-schemas';

/** The people directory. */
export function peoplePaths() {
	return {
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
		}
	};
}
