// Helpers for unit tests: unique identities, so files can share one PostgreSQL database.
import { users } from '../identity';

let n = 0;
export function uniqueEmail(label = 'user') {
	return `${label}-${Date.now().toString(36)}-${(n++).toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.test`;
}

export async function makeAccount(label = 'user', password = 'correct horse battery') {
	const email = uniqueEmail(label);
	const account = await users.createAccount({
		email,
		password,
		name: `${label} person`,
		orgName: `${label} org`
	});
	return { ...account, email, password, name: `${label} person` };
}
