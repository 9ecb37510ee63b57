import { config } from '../config';

const errorResponse = (description: string) => ({
	description,
	content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } }
});

const standardErrors = {
	'401': errorResponse('Missing, unknown or revoked API key'),
	'429': errorResponse('Too many requests for this key')
};

/**
 * The OpenAPI 3.1 description of /api/v1. A unit test compares its paths with the route files,
 * so a new endpoint without a description here fails the build.
 */
export function openApiDocument() {
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
