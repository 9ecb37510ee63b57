// Every record's id is a UUID (the schema's `uuid().defaultRandom()`): one test for ids from URLs.
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` can be a record's id; anything else cannot name a record, so is not found. */
export function isUuid(value: string | undefined): value is string {
	return !!value && uuidPattern.test(value);
}
