// The REST API's shared answers (errors, JSON bodies, the handler wrapper) and its OpenAPI document.
export * from './respond';
export { openApiDocument } from './openapi';
