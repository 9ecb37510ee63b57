import { hash, verify } from '@node-rs/argon2';
import { commonPasswords } from './common-passwords';
import { DomainError } from '../platform';

// OWASP's argon2id minimum: m=19 MiB, t=2, p=1.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export function hashPassword(password: string): Promise<string> {
	return hash(password, options);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	return verify(passwordHash, password, options);
}

// Verified against when the e-mail is unknown, so both failures cost one argon2 run.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstNothing(password: string): Promise<false> {
	dummyHash ??= hashPassword('hearken-timing-equaliser');
	await verify(await dummyHash, password, options);
	return false;
}

// NIST SP 800-63B asks a new password to be checked against passwords known to be used and
// against words from the context (the account's e-mail, the person's name): length is not enough.
let common: Set<string> | undefined;
const normal = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** Why a password may not be chosen by this person, in words for them; null when it may. */
export function weakPasswordReason(
	password: string,
	who: { email?: string | null; name?: string | null }
): string | null {
	const typed = normal(password);
	common ??= new Set(commonPasswords.split('\n').filter(Boolean));
	if (common.has(typed))
		return 'This is one of the most common passwords, which attackers try first. Choose another.';
	const email = normal(who.email ?? '');
	if (email && (typed === email || typed === email.split('@')[0]))
		return 'Do not use your e-mail address, or its part before the @, as your password.';
	if (who.name && typed === normal(who.name)) return 'Do not use your name as your password.';
	return null;
}

/** Refuses a password this person may not choose (a DomainError naming the field). */
export function assertPasswordAllowed(
	password: string,
	who: { email?: string | null; name?: string | null },
	field = 'password'
) {
	const reason = weakPasswordReason(password, who);
	if (reason) throw new DomainError(reason, 'invalid', [{ path: field, message: reason }]);
}
